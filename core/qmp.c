/* SPDX-License-Identifier: MIT */
/*
 * QMP, the QEMU Machine Protocol, on a socket: the greeting, capabilities
 * negotiation, commands as JSON objects ({"execute": ..., "arguments":
 * ..., "id": ...}) and asynchronous events with timestamps. Messages are
 * framed by counting brackets outside strings; jansson parses each one.
 * Errors use QMP's classes: GenericError for malformed input,
 * CommandNotFound for unknown commands and before negotiation.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "core/machine.h"
#include "core/monitor-int.h"
#include "core/runstate.h"

typedef struct QmpError {
    const char *cls;
    char desc[256];
} QmpError;

typedef json_t *(*QmpHandler)(json_t *args, QmpError *err);

static void send_json(MonConn *c, json_t *msg)
{
    char *s = json_dumps(msg, 0);
    if (s) {
        mon_send(c, s, strlen(s));
        mon_send(c, "\r\n", 2);
        free(s);
    }
    json_decref(msg);
}

static void send_error(MonConn *c, json_t *id, const char *cls,
                       const char *desc)
{
    json_t *msg = json_pack("{s:{s:s, s:s}}", "error", "class", cls, "desc",
                            desc);
    if (msg && id) {
        json_object_set(msg, "id", id);
    }
    if (msg) {
        send_json(c, msg);
    }
}

void qmp_greet(MonConn *c)
{
    json_t *msg = json_pack(
        "{s:{s:{s:{s:i, s:i, s:i}, s:s}, s:[]}}", "QMP", "version", "qemu",
        "major", 0, "minor", 1, "micro", 0, "package", "emu", "capabilities");
    if (msg) {
        send_json(c, msg);
    }
}

void qmp_event(const char *name, json_t *data)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    json_t *ev = json_pack("{s:s, s:{s:I, s:I}}", "event", name,
                           "timestamp", "seconds", (json_int_t)tv.tv_sec,
                           "microseconds", (json_int_t)tv.tv_usec);
    if (!ev) {
        json_decref(data);
        return;
    }
    if (data) {
        json_object_set_new(ev, "data", data);
    }
    char *s = json_dumps(ev, 0);
    json_decref(ev);
    if (s) {
        size_t n = strlen(s);
        char *line = malloc(n + 3);
        if (line) {
            memcpy(line, s, n);
            memcpy(line + n, "\r\n", 3);
            mon_queue_event(line);
            free(line);
        }
        free(s);
    }
}

/* ---- commands ---- */

static json_t *cmd_query_status(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    const char *status = runstate_status();
    return json_pack("{s:b, s:b, s:s}", "running", !strcmp(status, "running"),
                     "singlestep", 0, "status", status);
}

static json_t *cmd_query_cpus_fast(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    struct Machine *m = mon_machine();
    json_t *list = json_array();
    for (int i = 0; i < m->ncpus && list; i++) {
        char path[64];
        snprintf(path, sizeof(path), "/machine/soc/harts[%d]", i);
        json_array_append_new(
            list, json_pack("{s:i, s:i, s:s, s:s, s:{s:i, s:i, s:i}}",
                            "cpu-index", i, "thread-id", mon_cpu_tid(),
                            "qom-path", path, "target", "riscv64", "props",
                            "core-id", i, "thread-id", 0, "socket-id", 0));
    }
    return list;
}

static json_t *cmd_stop(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    mon_stop();
    return json_object();
}

static json_t *cmd_cont(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    mon_cont();
    return json_object();
}

static json_t *cmd_system_reset(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    mon_system_reset();
    return json_object();
}

static json_t *cmd_system_powerdown(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    mon_powerdown();
    return json_object();
}

static json_t *cmd_quit(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    mon_quit();
    return json_object();
}

static json_t *cmd_human_monitor_command(json_t *args, QmpError *err)
{
    const char *line = json_string_value(json_object_get(args,
                                                         "command-line"));
    if (!line) {
        err->cls = "GenericError";
        snprintf(err->desc, sizeof(err->desc),
                 "Parameter 'command-line' is missing");
        return NULL;
    }
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (!f) {
        err->cls = "GenericError";
        snprintf(err->desc, sizeof(err->desc), "out of memory");
        return NULL;
    }
    hmp_run(line, f);
    fclose(f);
    json_t *ret = json_stringn(out, n);
    free(out);
    return ret;
}

static json_t *cmd_query_commands(json_t *args, QmpError *err);

static const struct {
    const char *name;
    QmpHandler fn;
} qmp_cmds[] = {
    { .name = "query-status", .fn = cmd_query_status },
    { .name = "query-cpus-fast", .fn = cmd_query_cpus_fast },
    { .name = "query-commands", .fn = cmd_query_commands },
    { .name = "stop", .fn = cmd_stop },
    { .name = "cont", .fn = cmd_cont },
    { .name = "system_reset", .fn = cmd_system_reset },
    { .name = "system_powerdown", .fn = cmd_system_powerdown },
    { .name = "quit", .fn = cmd_quit },
    { .name = "human-monitor-command", .fn = cmd_human_monitor_command },
};

static json_t *cmd_query_commands(json_t *args, QmpError *err)
{
    (void)args;
    (void)err;
    json_t *list = json_array();
    json_array_append_new(list, json_pack("{s:s}", "name",
                                          "qmp_capabilities"));
    for (size_t i = 0; i < sizeof(qmp_cmds) / sizeof(qmp_cmds[0]); i++) {
        json_array_append_new(list, json_pack("{s:s}", "name",
                                              qmp_cmds[i].name));
    }
    return list;
}

/* One complete message. */
static void dispatch(MonConn *c, const char *text, size_t len)
{
    json_error_t jerr;
    json_t *msg = json_loadb(text, len, 0, &jerr);
    if (!msg) {
        char desc[256];
        snprintf(desc, sizeof(desc), "JSON parse error, %s", jerr.text);
        send_error(c, NULL, "GenericError", desc);
        return;
    }
    if (!json_is_object(msg)) {
        send_error(c, NULL, "GenericError", "QMP input must be a JSON object");
        json_decref(msg);
        return;
    }
    json_t *id = json_object_get(msg, "id");
    const char *name = json_string_value(json_object_get(msg, "execute"));
    json_t *args = json_object_get(msg, "arguments");
    char desc[256];
    if (!name) {
        send_error(c, id, "GenericError",
                   "QMP input lacks member 'execute'");
    } else if (args && !json_is_object(args)) {
        send_error(c, id, "GenericError",
                   "QMP input member 'arguments' must be an object");
    } else if (!strcmp(name, "qmp_capabilities")) {
        if (c->negotiated) {
            send_error(c, id, "CommandNotFound",
                       "Capabilities negotiation is already complete, "
                       "command ignored");
        } else {
            c->negotiated = true;
            json_t *ok = json_pack("{s:{}}", "return");
            if (id) {
                json_object_set(ok, "id", id);
            }
            send_json(c, ok);
        }
    } else if (!c->negotiated) {
        send_error(c, id, "CommandNotFound",
                   "Expecting capabilities negotiation with "
                   "'qmp_capabilities'");
    } else {
        size_t i, n = sizeof(qmp_cmds) / sizeof(qmp_cmds[0]);
        for (i = 0; i < n && strcmp(qmp_cmds[i].name, name); i++) {
        }
        if (i == n) {
            snprintf(desc, sizeof(desc), "The command %s has not been found",
                     name);
            send_error(c, id, "CommandNotFound", desc);
        } else {
            QmpError err = { .cls = NULL };
            json_t *empty = json_object();
            json_t *ret = qmp_cmds[i].fn(args ? args : empty, &err);
            json_decref(empty);
            if (ret) {
                json_t *reply = json_pack("{s:o}", "return", ret);
                if (id) {
                    json_object_set(reply, "id", id);
                }
                send_json(c, reply);
            } else {
                send_error(c, id, err.cls ? err.cls : "GenericError",
                           err.desc);
            }
        }
    }
    json_decref(msg);
}

static void frame_reset(MonConn *c)
{
    c->len = 0;
    c->depth = 0;
    c->in_string = c->string_escape = false;
}

/* Bytes in: a message is complete when its outermost bracket closes, or,
 * for input that does not start with one, at the end of the line (it is
 * then malformed and jansson says why). */
void qmp_input(MonConn *c, const char *data, size_t n)
{
    for (size_t i = 0; i < n && !c->closing; i++) {
        char b = data[i];
        if (c->len == 0 && (b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
            continue;
        }
        if (c->len == QMP_FRAME_MAX) {
            send_error(c, NULL, "GenericError",
                       "JSON parse error, message too large");
            frame_reset(c);
            continue;
        }
        c->buf[c->len++] = b;
        bool done = false;
        if (c->in_string) {
            if (c->string_escape) {
                c->string_escape = false;
            } else if (b == '\\') {
                c->string_escape = true;
            } else if (b == '"') {
                c->in_string = false;
            }
        } else if (b == '"') {
            c->in_string = true;
        } else if (b == '{' || b == '[') {
            c->depth++;
        } else if (b == '}' || b == ']') {
            c->depth--;
            done = c->depth <= 0;
        } else if (b == '\n' && c->depth == 0) {
            done = true;
        }
        if (done) {
            dispatch(c, c->buf, c->len);
            frame_reset(c);
        }
    }
}
