# SPDX-License-Identifier: MIT
# bench/lib.sh: shell helpers shared by bench/micro.sh and
# bench/linux-bench.sh (sourced, not run). Numbers are printed with
# LC_ALL=C so that the decimal separator is always a dot.
export LC_ALL=C

# median of the numbers on stdin, one a line (the lower one of an even
# count's middle pair)
bench_median() {
    sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)] }'
}

# geometric mean of the numbers on stdin
bench_geomean() {
    awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "%.4f\n", exp(s / n) }'
}

# a / b with 4 decimals ("-" if either is missing or b is 0)
bench_div() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-";
        else printf "%.4f\n", a / b }'
}

# the host's CPU model
bench_cpu() {
    grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'
}
