/* SPDX-License-Identifier: MIT */
/*
 * The pause protocol (core/runstate.h). One mutex and one condition
 * variable: the CPU thread announces "parked" and waits while a pause is
 * wanted; askers wait for "parked". The flag runstate_pause_wanted is read
 * without the lock at the top of the execution loop (one load per loop
 * iteration); cpu_exit() makes a running block come back to the loop so
 * that it reads the flag.
 */
#include <pthread.h>

#include "core/machine.h"
#include "core/runstate.h"

int runstate_pause_wanted;

static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct Machine *m;
    bool stopped;     /* `stop`: paused until `cont` */
    int holds;        /* inspections in progress */
    bool parked;      /* the CPU thread is parked or outside the loop */
    bool debug_stop;  /* the GDB stub holds the CPU */
} rs = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .cond = PTHREAD_COND_INITIALIZER,
    .parked = true,
};

void runstate_init(struct Machine *m) { rs.m = m; }

/* With the lock held. */
static bool pause_wanted(void)
{
    return (rs.stopped || rs.holds > 0) && rs.m &&
           !machine_should_stop(rs.m);
}

static void update_wanted(void)
{
    __atomic_store_n(&runstate_pause_wanted, rs.stopped || rs.holds > 0,
                     __ATOMIC_RELEASE);
}

static void park_locked(void)
{
    rs.parked = true;
    pthread_cond_broadcast(&rs.cond);
    while (pause_wanted()) {
        pthread_cond_wait(&rs.cond, &rs.lock);
    }
}

void runstate_park(void)
{
    pthread_mutex_lock(&rs.lock);
    park_locked();
    rs.parked = false;
    pthread_mutex_unlock(&rs.lock);
}

void runstate_cpu_enter(void) { runstate_park(); }

void runstate_cpu_leave(void)
{
    pthread_mutex_lock(&rs.lock);
    rs.parked = true;
    pthread_cond_broadcast(&rs.cond);
    pthread_mutex_unlock(&rs.lock);
}

void runstate_set_debug_stop(bool stopped)
{
    pthread_mutex_lock(&rs.lock);
    rs.debug_stop = stopped;
    if (stopped) {
        pthread_cond_broadcast(&rs.cond);
    } else {
        /* A monitor pause that began during the stop outlasts it. */
        park_locked();
        rs.parked = false;
    }
    pthread_mutex_unlock(&rs.lock);
}

static void kick_cpus(void)
{
    for (int i = 0; i < rs.m->ncpus; i++) {
        cpu_exit(rs.m->cpus[i]);
    }
}

/* With the lock held: wait until the CPU thread touches no guest state. */
static void wait_parked(void)
{
    kick_cpus();
    while (!rs.parked && !rs.debug_stop) {
        pthread_cond_wait(&rs.cond, &rs.lock);
    }
}

void runstate_hold(void)
{
    pthread_mutex_lock(&rs.lock);
    rs.holds++;
    update_wanted();
    wait_parked();
    pthread_mutex_unlock(&rs.lock);
}

void runstate_release(void)
{
    pthread_mutex_lock(&rs.lock);
    rs.holds--;
    update_wanted();
    pthread_cond_broadcast(&rs.cond);
    pthread_mutex_unlock(&rs.lock);
}

bool runstate_stop(void)
{
    pthread_mutex_lock(&rs.lock);
    bool was = rs.stopped;
    rs.stopped = true;
    update_wanted();
    wait_parked();
    pthread_mutex_unlock(&rs.lock);
    return !was;
}

void runstate_cont(void)
{
    pthread_mutex_lock(&rs.lock);
    rs.stopped = false;
    update_wanted();
    pthread_cond_broadcast(&rs.cond);
    pthread_mutex_unlock(&rs.lock);
}

bool runstate_is_running(void)
{
    pthread_mutex_lock(&rs.lock);
    bool running = !rs.stopped;
    pthread_mutex_unlock(&rs.lock);
    return running;
}

const char *runstate_status(void)
{
    pthread_mutex_lock(&rs.lock);
    const char *s = rs.stopped ? "paused" : rs.debug_stop ? "debug" : "running";
    pthread_mutex_unlock(&rs.lock);
    return s;
}

void runstate_kick(void)
{
    pthread_mutex_lock(&rs.lock);
    pthread_cond_broadcast(&rs.cond);
    pthread_mutex_unlock(&rs.lock);
}
