/* SPDX-License-Identifier: MIT */
/*
 * virtio-console (virtio 1.1 section 5.3) with a single port and no
 * MULTIPORT: receiveq (0) carries input from a character back end to the
 * guest, transmitq (1) the guest's output to it. Offers CONSOLE_F_SIZE
 * when the back end is a terminal and CONSOLE_F_EMERG_WRITE always.
 * Linux binds it as /dev/hvc0.
 */
#ifndef HW_VIRTIO_CONSOLE_H
#define HW_VIRTIO_CONSOLE_H

#include "core/chardev.h"
#include "hw/virtio.h"

/* Feature bits of the device. */
#define VIRTIO_CONSOLE_F_SIZE (1ull << 0)
#define VIRTIO_CONSOLE_F_MULTIPORT (1ull << 1)
#define VIRTIO_CONSOLE_F_EMERG_WRITE (1ull << 2)

VirtioDevice *virtio_console_new(CharBackend *chr);
/* Moves pending back-end input into the guest's receive buffers; called
 * from the board's tick on the vCPU thread (and when the driver adds
 * receive buffers). Input waits in the back end while there is no
 * buffer, so none is lost. */
void virtio_console_poll(VirtioDevice *d);

#endif
