/* SPDX-License-Identifier: MIT */
/*
 * The board table and the machine-wide stop request.
 */
#include <string.h>

#include "core/machine.h"

extern const MachineClass machine_spike;
extern const MachineClass machine_virt;

const MachineClass *const machine_classes[] = {
    &machine_spike,
    &machine_virt,
    NULL,
};

const MachineClass *machine_find(const char *name)
{
    for (int i = 0; machine_classes[i]; i++) {
        if (!strcmp(machine_classes[i]->name, name)) {
            return machine_classes[i];
        }
    }
    return NULL;
}

void machine_request_shutdown(Machine *m, int code)
{
    m->shutdown = true;
    m->exit_code = code;
    for (int i = 0; i < m->ncpus; i++) {
        cpu_exit(m->cpus[i]);
    }
}

void machine_request_reset(Machine *m)
{
    m->reset_requested = true;
    for (int i = 0; i < m->ncpus; i++) {
        cpu_exit(m->cpus[i]);
    }
}

bool machine_should_stop(Machine *m)
{
    return m->shutdown || m->reset_requested;
}
