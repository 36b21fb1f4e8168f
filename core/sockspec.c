/* SPDX-License-Identifier: MIT */
/*
 * Parsing of "unix:PATH,..." and "tcp:HOST:PORT,..." socket specs into a
 * listening socket (core/sockspec.h). A stale unix socket left at PATH by
 * an earlier run is replaced; any other file there is an error.
 */
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "core/log.h"
#include "core/sockspec.h"

static int listen_unix(const char *opt, const char *path)
{
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    struct stat st;
    if (strlen(path) >= sizeof(sa.sun_path)) {
        fatal("%s: socket path too long: '%s'", opt, path);
    }
    strcpy(sa.sun_path, path);
    if (lstat(path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            fatal("%s: '%s' exists and is not a socket", opt, path);
        }
        unlink(path);
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) ||
        listen(fd, 4)) {
        fatal("%s: cannot listen on '%s': %s", opt, path, strerror(errno));
    }
    return fd;
}

static int listen_tcp(const char *opt, const char *hostport)
{
    const char *colon = strrchr(hostport, ':');
    if (!colon || !colon[1]) {
        fatal("%s: no port in 'tcp:%s' (use tcp:HOST:PORT)", opt, hostport);
    }
    char host[256];
    size_t n = (size_t)(colon - hostport);
    if (n >= sizeof(host)) {
        fatal("%s: host name too long in 'tcp:%s'", opt, hostport);
    }
    memcpy(host, hostport, n);
    host[n] = '\0';
    struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM,
                              .ai_flags = AI_PASSIVE };
    struct addrinfo *res;
    if (getaddrinfo(n ? host : NULL, colon + 1, &hints, &res)) {
        fatal("%s: cannot resolve 'tcp:%s'", opt, hostport);
    }
    int fd = socket(res->ai_family, res->ai_socktype | SOCK_CLOEXEC,
                    res->ai_protocol);
    int one = 1;
    if (fd < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
        bind(fd, res->ai_addr, res->ai_addrlen) || listen(fd, 4)) {
        fatal("%s: cannot listen on 'tcp:%s': %s", opt, hostport,
              strerror(errno));
    }
    freeaddrinfo(res);
    return fd;
}

SockListener sockspec_listen(const char *opt, const char *spec)
{
    SockListener l = { .fd = -1, .wait = true };
    char *copy = strdup(spec);
    if (!copy) {
        fatal("out of memory");
    }
    char *save = NULL;
    char *addr = strtok_r(copy, ",", &save);
    bool server = false;
    for (char *p = strtok_r(NULL, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
        if (!strcmp(p, "server") || !strcmp(p, "server=on")) {
            server = true;
        } else if (!strcmp(p, "nowait") || !strcmp(p, "wait=off")) {
            l.wait = false;
        } else if (!strcmp(p, "wait=on")) {
            l.wait = true;
        } else {
            fatal("%s: unsupported socket property '%s'", opt, p);
        }
    }
    if (!addr || !server) {
        fatal("%s: '%s': emu only listens; add ',server' (and ',nowait')",
              opt, spec);
    }
    if (!strncmp(addr, "unix:", 5) && addr[5]) {
        l.fd = listen_unix(opt, addr + 5);
        l.unix_path = strdup(addr + 5);
    } else if (!strncmp(addr, "tcp:", 4)) {
        l.fd = listen_tcp(opt, addr + 4);
    } else {
        fatal("%s: unsupported back end '%s' (unix:PATH,server or "
              "tcp:HOST:PORT,server)", opt, spec);
    }
    free(copy);
    return l;
}

void sockspec_close(SockListener *l)
{
    if (l->fd >= 0) {
        close(l->fd);
        l->fd = -1;
    }
    if (l->unix_path) {
        unlink(l->unix_path);
        free(l->unix_path);
        l->unix_path = NULL;
    }
}
