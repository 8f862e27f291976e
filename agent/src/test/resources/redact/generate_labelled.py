#!/usr/bin/env python3
"""Generates labelled.jsonl: the project's own labelled set for the free-text redactor.

Same format and scoring as the public corpus (text, pii[{type, span}], keep; see public/README.md). At least 20
lines for every form the issue lists, and more harmless lines than personal ones. Formats are written from the standards (E.164, RFC 3261,
RFC 3966, ISO/IEC 7812, 3GPP TS 23.003, ETSI EN 300 175) and from common log styles, not from the public corpus.
Reproduce: python3 generate_labelled.py > labelled.jsonl  (fixed seed, so the file is stable).
"""
import json
import random

R = random.Random(20261126)
FIRST = ["Amara", "Bjorn", "Carmen", "Dmitri", "Esther", "Farid", "Gwen", "Hiroshi", "Ines", "Jonas", "Keiko",
         "Lucia", "Mehmet", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Thandi", "Ugo", "Vera",
         "Wen", "Ximena", "Yusuf", "Zofia", "Renée", "José", "Søren", "Łukasz"]
LAST = ["Abara", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jovanovic",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quinn", "Reyes", "Schmidt", "Tran",
        "Urban", "Vasquez", "Weber", "Xu", "Yilmaz", "Zhang", "O'Neill", "García", "Müller", "Núñez"]
STREETS = ["Maple Ave", "Cedar Lane", "Birch Road", "Lakeview Dr", "Sunset Blvd", "Pine Court", "Harbor Way",
           "Willow Street", "Mission St", "Park Place", "Ridge Rd", "Orchard Ln"]
CITIES = [("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"),
          ("Madison", "WI", "53703"), ("Boise", "ID", "83702"), ("Albany", "NY", "12207")]
DOMAINS = ["mail.example", "example.net", "post.example.org", "inbox.example.com", "isp.example"]
UNI_DIGITS = {"arabic": 0x0660, "devanagari": 0x0966, "fullwidth": 0xFF10, "persian": 0x06F0, "bengali": 0x09E6}

rows = []


def add(text, pii, keep=(), form=""):
    for p in pii:
        assert p[1] in text, (text, p)
    for k in keep:
        assert k in text, (text, k)
    rows.append({"text": text, "pii": [{"type": t, "span": s} for t, s in pii], "keep": list(keep),
                 "set": "own", "id": "O%05d" % len(rows), "form": form})


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nanp():
    return R.choice("23456789") + d(2), R.choice("23456789") + d(2), d(4)


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def luhn_complete(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    return body + str((10 - total % 10) % 10)


def uni(s, base):
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


def ctx():
    return R.choice(["sip.ua", "media", "callmgr", "sysd", "netd"]) + "[" + str(R.randint(100, 9999)) + "]"


for _ in range(22):  # E.164
    a, b, c = nanp()
    n = "+1" + a + b + c
    add(f"{ctx()}: outbound INVITE dest={n} cseq=2 result=487", [("PHONE", n)], ["cseq=2", "result=487"], "e164")
for _ in range(22):  # national
    a, b, c = nanp()
    n = R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}"])
    add(f"callmgr: ringing line 1, caller number {n}, ring cadence 2", [("PHONE", n)], ["ring cadence 2"], "national")
for _ in range(22):  # dotted
    a, b, c = nanp()
    n = R.choice([f"{a}.{b}.{c}", f"1.{a}.{b}.{c}", f"+1.{a}.{b}.{c}"])
    add(f"speed dial slot {R.randint(1, 9)} set to {n}", [("PHONE", n)], ["speed dial slot"], "dotted")
for _ in range(22):  # spaced
    a, b, c = nanp()
    n = R.choice([f"{a} {b} {c}", f"+1 {a} {b} {c}", f"1 {a} {b} {c}"])
    add(f"block list: added {n} (reason=spam)", [("PHONE", n)], ["reason=spam"], "spaced")
for _ in range(22):  # extensions
    a, b, c = nanp()
    e = str(R.randint(10, 9999))
    n = R.choice([f"{a}-{b}-{c} x{e}", f"({a}) {b}-{c} ext. {e}", f"+1{a}{b}{c};ext={e}", f"{a}.{b}.{c} ext {e}"])
    add(f"forward-on-busy target {n} enabled=true", [("PHONE", n)], ["enabled=true"], "extension")
for _ in range(22):  # 011 prefix
    n = R.choice([f"011 44 20 {d(4)} {d(4)}", f"011-49-30-{d(7)}", f"01133{d(9)}", f"011 52 55 {d(4)} {d(4)}"])
    add(f"dial plan: international {n} zone=4 allowed", [("PHONE", n)], ["zone=4"], "011")
for _ in range(22):  # 00 prefix
    n = R.choice([f"00 44 7700 {d(6)}", f"0033 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"0049-89-{d(8)}", f"0061 2 {d(4)} {d(4)}"])
    add(f"roaming handset dialled {n} via trunk B", [("PHONE", n)], ["via trunk B"], "00")
for _ in range(22):  # Unicode digits
    a, b, c = nanp()
    base = R.choice(list(UNI_DIGITS.values()))
    n = uni(R.choice([f"+1{a}{b}{c}", f"{a}-{b}-{c}", f"({a}) {b}-{c}"]), base)
    add(f"cnum received: {n} (charset=utf-8)", [("PHONE", n)], ["charset=utf-8"], "unicode-digits")
for _ in range(22):  # DTMF digits separated by spaces
    a, b, c = nanp()
    n = " ".join(a + b + c)
    add(f"dtmf rx seq: {n} #", [("PHONE", n)], ["dtmf rx"], "dtmf")
for _ in range(22):  # percent-encoded +
    a, b, c = nanp()
    n = f"%2B1{a}{b}{c}"
    add(f"GET /api/v2/lookup?num={n}&fmt=json HTTP/1.1 200", [("PHONE", n)], ["fmt=json", "200"], "pct-plus")
for _ in range(22):  # SIP URIs in headers with display names
    a, b, c = nanp()
    nm = name()
    hdr = R.choice(["To", "Contact", "Remote-Party-ID", "P-Preferred-Identity", "Referred-By", "f", "t"])
    host = R.choice(["voice.example.net", "10.1.2.3", "sbc-east.example"])
    uri = f"sip:+1{a}{b}{c}@{host}"
    add(f'{hdr}: "{nm}" <{uri};user=phone>;party=calling', [("NAME", nm), ("PHONE", f"+1{a}{b}{c}")],
        [f"{hdr}:", "party=calling"], "sip-display")
for _ in range(22):  # SIP URIs with alphanumeric users, unquoted display names
    nm = name()
    user = R.choice(FIRST).lower() + "." + R.choice(LAST).lower().replace("'", "")
    hdr = R.choice(["From", "To", "Refer-To", "Diversion"])
    add(f"{hdr}: {nm} <sip:{user}@pbx.example.com>;tag=a8c{d(5)}", [("NAME", nm), ("EMAIL", user + "@pbx.example.com")],
        [f"{hdr}:"], "sip-user")
for _ in range(22):  # tel URIs, History-Info
    a, b, c = nanp()
    n = R.choice([f"+1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"{a}{b}{c}"])
    add(f"History-Info: <tel:{n};phone-context=example.net>;index=1.{R.randint(1, 3)}", [("PHONE", n)],
        ["History-Info:", "index=1."], "tel-uri")
for _ in range(22):  # emails
    u = R.choice(FIRST).lower() + R.choice(["", ".", "_", "+vm"]) + R.choice(LAST).lower().replace("'", "") + str(R.randint(1, 99))
    e = f"{u}@{R.choice(DOMAINS)}"
    add(f"account email changed to {e} by portal (ok)", [("EMAIL", e)], ["by portal"], "email")
for _ in range(22):  # percent-encoded emails
    u = R.choice(FIRST).lower() + "." + R.choice(LAST).lower().replace("'", "")
    dom = R.choice(DOMAINS)
    e = f"{u}%40{dom}"
    add(f"POST /notify?to={e}&kind=vm status=202", [("EMAIL", e)], ["kind=vm", "status=202"], "email-pct")
ISSUERS = [("4", 16), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("2500", 16), ("34", 15),
           ("37", 15), ("6011", 16), ("65", 16), ("3530", 16), ("6011", 19), ("62", 19), ("36", 14)]
for i in range(33):  # cards
    pre, ln = ISSUERS[i % len(ISSUERS)]
    num = luhn_complete(pre, ln)
    style = R.choice(["plain", "dash", "space"])
    if style != "plain" and ln == 16:
        num = ("-" if style == "dash" else " ").join(num[k:k + 4] for k in range(0, 16, 4))
    add(f"payment: ivr captured pan {num} len={ln} (tokenise pending)", [("CARD", num)], ["len=" + str(ln)], "card")
for _ in range(22):  # IPv4, private ones included
    ip = R.choice([f"{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                   f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}", f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    add(f"nat: mapped {ip}:{R.randint(1024, 65535)} -> wan ok", [("IP", ip)], ["-> wan ok"], "ipv4")
for _ in range(22):  # IPv6
    groups = [format(R.randint(0, 0xffff), "x") for _ in range(8)]
    ip = R.choice([":".join(groups), ":".join(groups[:3]) + "::" + groups[7], "fe80::" + ":".join(groups[4:])])
    add(f"Via: SIP/2.0/TCP [{ip}]:5061;branch=z9hG4bK{d(6)}ab", [("IP", ip)], ["5061", "branch="], "ipv6")
for _ in range(22):  # MAC colon/dash/Cisco/bare-with-key
    m = [format(R.randint(0, 255), "02x") for _ in range(6)]
    form = R.randrange(4)
    if form == 0:
        mac, line = ":".join(m).upper(), "arp: neighbour {} reachable on br0"
    elif form == 1:
        mac, line = "-".join(m), "wifi client {} associated rssi=-61"
    elif form == 2:
        mac, line = ".".join("".join(m[k:k + 2]) for k in (0, 2, 4)), "switch learned {} on Gi0/3"
    else:
        mac, line = "".join(m), "LocalMAC={} NLR=0.0 JDR=0.0"
    add(line.format(mac), [("MAC", mac)], [], "mac")
for _ in range(22):  # IMEI
    imei = luhn_complete(R.choice(["35", "86", "01", "99"]), 15)
    shown = R.choice([imei, f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"])
    add(f"lte backup modem imei={shown} signal=-93dBm", [("IMEI", shown)], ["signal=-93dBm"], "imei")
for _ in range(22):  # DECT IPEI
    ipei = R.choice(["".join(R.choice("0123456789ABCDEF") for _ in range(10)),
                     f"{d(5)} {d(7)} {R.choice('0123456789*')}"])
    add(f"dect: handset {R.randint(1, 5)} registered IPEI {ipei}", [("IPEI", ipei)], ["registered"], "ipei")
for _ in range(22):  # SSN
    ssn = f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    add(R.choice([f"crm sync: ssn={ssn} verified", f"portal form field SSN: {ssn} verified"]), [("SSN", ssn)],
        ["verified"], "ssn")
for _ in range(22):  # street addresses by key or keyword
    num = str(R.randint(1, 9999))
    city, st, z = R.choice(CITIES)
    addr = f"{num} {R.choice(STREETS)}, {city}, {st} {z}"
    line = R.choice([f'e911_address="{addr}" status=validated', f"911 location set: {addr}",
                     f"service address {addr} confirmed"])
    add(line, [("ADDRESS", addr)], [], "address")
for _ in range(22):  # names by key: caller-ID name
    nm = R.choice([name(), name().upper(), R.choice(LAST).upper() + ", " + R.choice(FIRST).upper()])
    line = R.choice([f'cnam lookup ok name="{nm}" ttl=3600', f"callerid_name={nm} presentation=allowed",
                     f"Caller ID name: {nm}"])
    add(line, [("NAME", nm)], [], "name-key")
for _ in range(22):  # names: voicemail from
    nm = name()
    add(R.choice([f"new voicemail from {nm}, 0:42 long", f"voicemail from {nm} saved to inbox"]), [("NAME", nm)],
        ["voicemail"], "voicemail-from")

# Harmless telemetry: at least as many lines as the personal ones above.
personal = len(rows)
VERS = lambda: f"{R.randint(1, 12)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 300)}"
HARMLESS = [
    lambda: f"{R.randint(2020, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{d(3)}Z sip.ua: REGISTER 200 OK expires={R.choice([60, 300, 3600])}",
    lambda: f"{R.randint(2020, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d},{d(3)} INFO sysd: watchdog kicked",
    lambda: f"firmware={VERS()} bootloader={VERS()} build_id={d(8)}",
    lambda: f"Server: Telo-SBC/{VERS()} libsofia/{R.randint(1, 2)}.{R.randint(0, 13)}.{R.randint(0, 20)}",
    lambda: f"session {R.randbytes(16).hex()[:8]}-{R.randbytes(2).hex()}-4{R.randbytes(2).hex()[1:]}-a{R.randbytes(2).hex()[1:]}-{R.randbytes(6).hex()} closed",
    lambda: f"rtp port range {R.randint(10000, 20000)}-{R.randint(20001, 30000)} bound on 127.0.0.1",
    lambda: f"listening on [::1]:{R.randint(1024, 65535)} and 0.0.0.0:{R.randint(1024, 65535)}",
    lambda: f"rx_packets={d(9)} tx_packets={d(9)} rx_errors={R.randint(0, 9)}",
    lambda: f"mem_free_kb={d(7)} mem_total_kb={d(7)} load=0.{d(2)}",
    lambda: f"uptime_ms={d(11)} boot_count={R.randint(1, 300)}",
    lambda: f"a=ssrc:{d(10)} cname:{R.randbytes(8).hex()}",
    lambda: f"o=- {d(10)} {d(10)} IN IP4 127.0.0.1",
    lambda: f"t={d(10)} {d(10)}",
    lambda: f"m=audio {R.randint(10000, 20000)} RTP/SAVP 0 8 18 101 13",
    lambda: f"VQSessionReport: CallTerm NLR=0.{d(1)} JDR=0.{d(1)} RTD={R.randint(20, 300)} ESD={R.randint(20, 90)} MOSLQ=4.{d(1)}",
    # an IP in a Call-ID is an IP (docs/redaction.md, labelling rules): harmless Call-IDs carry host names
    lambda: f"Call-ID: {R.randbytes(9).hex()}@{R.choice(['sbc-2.example.org', 'core-7.example.net'])}",
    lambda: f"Via: SIP/2.0/UDP 127.0.0.1:{R.randint(5060, 5090)};branch=z9hG4bK{R.randbytes(5).hex()};received=127.0.0.1",
    lambda: f"sha256={R.randbytes(32).hex()} verified=true",
    lambda: f"Wetterstation: Temperatur {R.randint(-10, 35)} °C, Luftdruck {R.randint(980, 1040)} hPa — Zürich",
    lambda: f"通話終了 コード={R.choice([200, 486, 603])} 時間={R.randint(1, 900)}秒",
    lambda: f"ошибка регистрации: повтор через {R.randint(5, 120)} с",
    lambda: f"jitter_buffer nominal={R.randint(20, 60)}ms max={R.randint(60, 200)}ms discarded={R.randint(0, 50)}",
    lambda: f"spool: segment {d(8)}.wal fsync took {R.randint(1, 90)} ms",
    lambda: f"report seq={d(9)} window=PT{R.randint(1, 24)}H bytes={R.randint(1000, 9000)}",
    lambda: f"dialled 911 test: PSAP answered in {R.randint(2, 9)}s, *67 used {R.randint(0, 4)} times",
    lambda: f"ntp offset={R.randint(-999, 999)}us stratum={R.randint(1, 4)} refid=GPS",
    lambda: f"dhcp renew in {R.randint(1000, 86400)}s, netmask 255.255.255.0",
    lambda: f"Max-Forwards: 70 Content-Length: {R.randint(0, 2000)} Expires: {R.choice([60, 3600])}",
    lambda: f"cpu={R.randint(0, 100)}% temp={R.randint(30, 80)}°C fan=auto",
    lambda: f"epoch {d(10)}.{d(6)} tick",
]
i = 0
while len(rows) < personal * 2 + 10:
    add(HARMLESS[i % len(HARMLESS)](), [], [], "harmless")
    i += 1

for r in rows:
    print(json.dumps(r, ensure_ascii=False))
