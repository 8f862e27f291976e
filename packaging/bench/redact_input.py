#!/usr/bin/env python3
"""Writes the redact CLI benchmark's input: realistic SIP and home-router log lines, about 14 MB by default.

The line templates are those of the labelled real-log corpus (agent/src/test/resources/redact/reallog/
generate_reallog.py, whose SOURCES.md names the public examples each format follows): Asterisk, PJSIP message dumps,
FreeSWITCH, Kamailio, pjsua, linphone, baresip, dnsmasq, udhcpc, OpenWrt (hostapd, netifd, kernel), pppd, ntpd,
iptables, DECT, postfix, PIDF-LO and support-ticket text. Here they are drawn with a weighting toward SIP and router
logs and with a seed of their own, and written as plain text, one line per line: fresh values on every line (phone
numbers, names, emails, MACs, IPs, cards), so the redactor's per-key caches see what they would see on a real log.
Every value is fake. Stdlib only and seeded: the same arguments give the same bytes.

    python3 packaging/bench/redact_input.py --mb 14 > /tmp/redact-14mb.log
"""
import argparse
import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "agent", "src", "test", "resources", "redact", "reallog", "generate_reallog.py")

# source -> weight: SIP servers and phones, then the router's daemons, then the rest of a hub's log
WEIGHTS = {
    "asterisk-verbose": 14, "asterisk-pjsip": 16, "freeswitch": 10, "kamailio": 10, "pjsua": 5, "linphone": 4,
    "baresip": 4, "dnsmasq": 8, "udhcpc": 3, "openwrt": 8, "pppd": 4, "ntpd": 3, "iptables": 6, "dect": 2,
    "postfix": 1, "pidf-lo": 1, "support-ticket": 1,
}


def load(seed):
    spec = importlib.util.spec_from_file_location("generate_reallog", GEN)
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)
    g.R.seed(seed)
    return g


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=14.0, help="size in MB (10^6 bytes), default 14")
    ap.add_argument("--seed", type=int, default=14, help="random seed, default 14")
    args = ap.parse_args()
    g = load(args.seed)
    pools = []
    for source, _n, personal, harmless, p_harmless in g.PLAN:
        pools.append((source, personal, harmless, p_harmless))
    weights = [WEIGHTS[s] for s, *_ in pools]
    limit = int(args.mb * 1_000_000)
    written = 0
    out = sys.stdout.buffer
    rnd = g.R
    while written < limit:
        _source, personal, harmless, p_harmless = rnd.choices(pools, weights)[0]
        fn = rnd.choice(harmless if rnd.random() < p_harmless else personal)
        g.CUR = g._Ctx()
        try:
            raw = fn()
        except g.Exhausted:
            continue
        text = g._MARK.sub(lambda m: g.CUR.items[int(m.group(1))][1], raw)
        if "\n" in text or "\r" in text:
            continue
        b = (text + "\n").encode("utf-8")
        if written + len(b) > limit:
            break
        out.write(b)
        written += len(b)
    out.flush()


if __name__ == "__main__":
    main()
