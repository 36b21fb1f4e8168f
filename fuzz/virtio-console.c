/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: virtio-console behind virtio-mmio, driven by a hostile
 * guest on both queues (vf_run_two() in fuzz/virtio-input.h). Its back end
 * is the real stdio one with a pipe on fd 0 and /dev/null on fd 1: a
 * back-end step writes input bytes into the pipe (Ctrl-A commands
 * included; Ctrl-A X calls a quit hook instead of exiting) and polls the
 * device, which moves them into receive buffers; transmitted bytes go to
 * /dev/null. The pipe is emptied, and a pending Ctrl-A ended, after every
 * input so runs repeat.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "hw/virtio-console.h"

#include "fuzz/virtio-input.h"

static VirtioDevice *console;
static CharBackend *chr;
static int pipe_w = -1;

static void ignore_quit(void *opaque) { (void)opaque; }

/* Console input: a length byte, then that many bytes of the input. */
static void host_step(VfInput *in)
{
    size_t len = vf_take(in, 1);
    if (len > in->n) {
        len = in->n;
    }
    if (len && write(pipe_w, in->p, len) < 0) {
        len = 0; /* pipe full: the input is lost, as a slow reader's */
    }
    in->p += len;
    in->n -= len;
    virtio_console_poll(console);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    int p[2], null = open("/dev/null", O_WRONLY);
    (void)argc;
    (void)argv;
    if (null < 0 || pipe(p) != 0 || dup2(p[0], STDIN_FILENO) < 0 ||
        dup2(null, STDOUT_FILENO) < 0 ||
        fcntl(p[0], F_SETFL, O_NONBLOCK) != 0 ||
        fcntl(p[1], F_SETFL, O_NONBLOCK) != 0) {
        perror("fuzz-virtio-console: pipe");
        return 1;
    }
    close(p[0]);
    close(null);
    pipe_w = p[1];
    chr = chardev_open("stdio");
    chardev_set_quit(chr, ignore_quit, NULL);
    console = virtio_console_new(chr);
    g_attach(console, 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t junk[4096];
    vf_run_two(data, size, host_step);
    while (read(STDIN_FILENO, junk, sizeof(junk)) > 0) {
        continue;
    }
    /* An input that ended in Ctrl-A leaves the escape pending: any plain
     * byte ends it, so the next run starts alike. */
    (void)chardev_filter_input(chr, 'z');
    return 0;
}
