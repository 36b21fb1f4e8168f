/* SPDX-License-Identifier: MIT */
/*
 * What the monitor's parts share: connections (core/monitor.c), the HMP
 * commands (core/hmp-cmds.c), QMP (core/qmp.c) and the machine actions
 * both protocols offer. Everything here runs on the monitor thread unless
 * said otherwise.
 */
#ifndef CORE_MONITOR_INT_H
#define CORE_MONITOR_INT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct Machine;

enum {
    MON_LINE_MAX = 4096,    /* an HMP command line */
    QMP_FRAME_MAX = 65536,  /* one QMP message */
};

typedef struct MonConn {
    int in_fd, out_fd;
    bool qmp;
    bool console;         /* Ctrl-A C on the stdio console */
    bool closing;
    /* HMP: the line being typed; QMP: the message being received. */
    char *buf;
    size_t len;
    bool escape;          /* console: the last byte was Ctrl-A */
    /* QMP framing and state. */
    int depth;            /* open { and [ */
    bool in_string, string_escape;
    bool negotiated;      /* qmp_capabilities done */
} MonConn;

void mon_send(MonConn *c, const char *s, size_t n);

/* The machine and the CPU thread's id (query-cpus-fast). */
struct Machine *mon_machine(void);
int mon_cpu_tid(void);

/* Machine actions, with their events. */
void mon_stop(void);
void mon_cont(void);
void mon_system_reset(void);
void mon_powerdown(void);
void mon_quit(void);

/* Any thread: queue an event line for every negotiated QMP client (with
 * no -qmp, drop it). */
void mon_queue_event(const char *line);

/* HMP: run one command line, output to out. */
void hmp_run(const char *line, FILE *out);

/* QMP: greet a new client, feed it received bytes. */
void qmp_greet(MonConn *c);
void qmp_input(MonConn *c, const char *data, size_t n);
/* Any thread: emit event name with data (NULL: none; stolen). */
void qmp_event(const char *name, json_t *data);

#endif
