#!/usr/bin/env python3
"""Generates reallog.jsonl: a labelled corpus of log lines written to REAL public log formats, with fake values.

Each source below models the lines of one program on real examples found in public repositories and issue threads
(SOURCES.md names each one). Nothing is copied: every line is written to the format, and every personal value in it
(numbers, names, addresses, IPs, MACs, emails, cards, SSNs, IPEIs) is generated here. Labelling follows the rules in
SOURCES.md (the same ones the redactor follows). Stdlib only, fixed seed, so the output is stable:

    python3 generate_reallog.py            # writes reallog.jsonl next to this file

Every line is checked before it is written: each span is in the line; with the spans replaced by placeholders no span
survives (case-insensitively) and no 7+-digit span's digits survive among the line's digits (the scorer's rule, so a
line never asks for the impossible); every keep token survives the spans' removal; and no IPv4, MAC or email shape is
left unlabelled unless it was declared harmless on purpose (software versions and the like).
"""
import json
import os
import random
import re
import sys

R = random.Random(20240917)
HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDERS = "<PHONE><EMAIL><CARD><IP><MAC><SIP_URI><NAME><ADDRESS><SSN><IMEI><IPEI>".lower()

# --------------------------------------------------------------------------------------------------------------
# line builder: P()/N()/I()/... mark a personal value, K() a keep token, V() a harmless look-alike (a version that
# looks like an IPv4, a Call-ID that looks like an email); each returns what goes into the f-string.
# --------------------------------------------------------------------------------------------------------------


class Exhausted(Exception):
    pass


class _Ctx:
    def __init__(self):
        self.items = []
        self.keeps = []
        self.allow = []
        self.person = None  # the (first, last) a line talks about, so a display name and its URI agree


CUR = _Ctx()


def _mark(kind, value):
    assert value, kind
    CUR.items.append((kind, value))
    return "\x01%d\x02" % (len(CUR.items) - 1)


def P(v): return _mark("PHONE", v)
def N(v): return _mark("NAME", v)
def E(v): return _mark("EMAIL", v)
def I(v): return _mark("IP", v)
def M(v): return _mark("MAC", v)
def A(v): return _mark("ADDRESS", v)
def C(v): return _mark("CARD", v)
def S(v): return _mark("SSN", v)
def D(v): return _mark("IPEI", v)


def IPL(v):
    """An address that may be loopback: 127/8 is not personal (docs/redaction.md; the public corpus keeps
    "bind 127.0.0.1:4590" unchanged), so it is declared harmless instead of labelled IP."""
    return V(v) if v.startswith("127.") else I(v)


def K(v):
    CUR.keeps.append(v)
    return v


def V(v):
    CUR.allow.append(v)
    return v


def KV(v):
    return K(V(v))


_MARK = re.compile("\x01(\\d+)\x02")
IPV4_SHAPE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
MAC_SHAPE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?![0-9A-Fa-f])")
EMAIL_SHAPE = re.compile(r"(?<![\w.:+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


ROWS = []
SEEN = set()


def _valid(text, red, items, keeps, allow):
    if text in SEEN or "\n" in text or "\r" in text:
        return False
    low = red.lower()
    dred = digits(red)
    for kind, span in items:
        if span not in text or span.lower() in low or span.lower() in PLACEHOLDERS:
            return False
        if len(digits(span)) >= 7 and digits(span) in dred:
            return False
    for k in keeps:
        if k not in red:
            return False
    # nothing that looks personal may be left unlabelled unless declared harmless on purpose
    scrub = red
    for a in sorted(allow, key=len, reverse=True):
        scrub = scrub.replace(a, " ")
    for shape in (IPV4_SHAPE, MAC_SHAPE):
        m = shape.search(scrub)
        if m:
            raise AssertionError("unlabelled %r in %r" % (m.group(0), text))
    for m in EMAIL_SHAPE.finditer(scrub):
        before = scrub[max(0, m.start() - 5):m.start()].lower()
        local = m.group(0).split("@")[0]
        if re.search(r"(sips?|tel|pres|im|cid):$|/$", before):
            continue  # a URI, or a channel name such as sofia/internal/1000@host
        if re.fullmatch(r"\d{1,6}", local) or local in SERVICE_USERS:
            continue  # an extension or service AOR (1000@pbx.example.com), harmless by the rules
        raise AssertionError("unlabelled email shape %r in %r" % (m.group(0), text))
    return True


def line(source, fn, tries=300):
    """Adds one line made by fn() (an f-string using the markers); retries with fresh values on a collision."""
    global CUR
    for _ in range(tries):
        CUR = _Ctx()
        raw = fn()
        text = _MARK.sub(lambda m: CUR.items[int(m.group(1))][1], raw)
        red = _MARK.sub(lambda m: "<%s>" % CUR.items[int(m.group(1))][0], raw)
        items = []
        for it in CUR.items:
            if it not in items:
                items.append(it)
        keeps = []
        for k in CUR.keeps:
            if k not in keeps:
                keeps.append(k)
        if not keeps:
            raise AssertionError("no keep token (template at line %d): %r" % (fn.__code__.co_firstlineno, text))
        if _valid(text, red, items, keeps, CUR.allow):
            SEEN.add(text)
            ROWS.append({"text": text, "pii": [{"type": t, "span": s} for t, s in items], "keep": keeps[:3],
                         "set": "reallog", "id": "", "source": source})
            return
    raise Exhausted("no new valid line after %d tries: %s %r" % (tries, source, text))


def mix(source, n, personal, harmless, p_harmless=0.5):
    """n lines for one source, each drawn from the personal or harmless template lists."""
    for _ in range(n):
        pool = harmless if R.random() < p_harmless else personal
        for attempt in range(50):
            try:
                line(source, R.choice(pool), tries=60)
                break
            except Exhausted:
                continue  # this template has nothing new left to say: pick another one
        else:
            raise AssertionError("%s: every template exhausted" % source)


# --------------------------------------------------------------------------------------------------------------
# fake values
# --------------------------------------------------------------------------------------------------------------
FIRST = ["Alice", "Maria", "James", "Priya", "Chen", "Fatima", "Oliver", "Sofia", "Mateo", "Aisha", "Liam", "Noah",
         "Emma", "Hannah", "Diego", "Yuki", "Kwame", "Ingrid", "Tomás", "Zoë", "Björn", "Renée", "Amir", "Leila",
         "Dmitri", "Siobhan", "Mei", "Rajesh", "Carlos", "Elena", "Nadia", "Pedro", "Hiroshi", "Lucas", "Chloe",
         "Ethan", "Isabella", "Benjamin", "Samuel", "Jennifer", "Robert", "Patricia", "Michael", "Linda", "David",
         "Barbara", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Daniel",
         "Nancy", "Matthew", "Anthony", "Sandra", "Gloria", "Xavier", "Marguerite", "Oksana", "Thanh", "Femi",
         "Gwendolyn", "Rosalind", "Bartholomew", "Ezekiel", "Consuelo", "Anneliese", "Declan", "Imogen"]
LAST = ["Doe", "Smith", "Johnson", "Nguyen", "Garcia", "Patel", "Kim", "O'Brien", "Müller", "Rossi", "Kowalski",
        "Haddad", "Okafor", "Tanaka", "Silva", "Hernández", "Schmidt", "Andersson", "Dubois", "Ivanova", "Cohen",
        "Murphy", "Singh", "Lopez", "Wilson", "Martin", "Walker", "Young", "Wright", "Scott", "Baker", "Adams",
        "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
        "Collins", "Stewart", "Morris", "Rogers", "Reed", "Morgan", "Cooper", "Richardson", "Howard", "Torres",
        "Peterson", "Ramirez", "Watson", "Brooks", "Kelly", "Sanders", "Bennett", "Barnes", "Henderson", "Coleman",
        "Jenkins", "Patterson", "Hughes", "Flores", "Washington", "Foster", "Gonzales", "Bryant", "Alexander",
        "Russell", "Griffin", "Diaz", "Hayes", "Smith-Jones", "van der Berg", "MacLeod", "Abernathy", "Villanueva",
        "Kuznetsov", "Achterberg", "Oyelaran", "Papadopoulos", "Lindqvist", "Szymański", "Dlamini", "Fitzgerald"]
STREETS = [("Park", "Ave"), ("Main", "St"), ("Oak", "Street"), ("Maple", "Drive"), ("Cedar", "Lane"),
           ("Elm", "Road"), ("Washington", "Blvd"), ("Lakeview", "Dr"), ("Mission", "St"), ("Sunset", "Blvd"),
           ("Harbor", "Way"), ("Willow", "Court"), ("Ridgecrest", "Rd"), ("Orchard", "Lane"), ("Pine", "Avenue"),
           ("Juniper", "Terrace"), ("Stevens Creek", "Blvd"), ("El Camino Real", ""), ("Broadway", ""),
           ("Magnolia", "Circle"), ("Hillcrest", "Pkwy"), ("46th", "Street"), ("Bayshore", "Hwy")]
CITIES = [("San Jose", "CA", "95110"), ("Palo Alto", "CA", "94301"), ("Austin", "TX", "78701"),
          ("Denver", "CO", "80202"), ("Madison", "WI", "53703"), ("Boise", "ID", "83702"),
          ("New York", "NY", "10002"), ("Portland", "OR", "97205"), ("Raleigh", "NC", "27601"),
          ("Tucson", "AZ", "85701"), ("Sunnyvale", "CA", "94086"), ("Cambridge", "MA", "02139"),
          ("Toronto", "ON", "M5V 2T6"), ("Vancouver", "BC", "V6B 1A1"), ("Chicago", "IL", "60614"),
          ("Brooklyn", "NY", "11201"), ("Mountain View", "CA", "94043"), ("Seattle", "WA", "98101")]
UNITS = ["Apt 4", "Apt 12B", "Unit 7", "Suite 210", "#3", "Apt 2F", "Unit 1104", "Apt 5C"]
MAIL_DOMAINS = ["example.com", "example.net", "mail.example.org", "inbox.example", "isp.example.net",
                "corp.example.com", "fastmail.example", "home.example.org"]
SIP_HOSTS = ["pbx.example.com", "voip.example.net", "sip.provider.example", "sbc.carrier.example.net",
             "trunk.example.org", "proxy1.example.net", "atlanta.example.com", "biloxi.example.com",
             "sip.example-voip.net", "chicago.example.com", "ippbx.home.arpa", "sip.hubco.example"]
HOSTNAMES = ["android-8246fb4b9bc389bc", "ESP_3E3B70", "DESKTOP-KL67R3G", "Google-Home", "LivingRoom-TV",
             "raspberrypi", "debian", "OnePlus_6", "Macbook-Air", "HUB-200", "printer-2f1c", "ecobee3",
             "Chromecast", "NAS01", "iPad", "Galaxy-S21", "amazon-82a9f16be", "SPA112", "yealink-t46s"]


def pick(xs):
    return R.choice(xs)


def alt(*fns):
    """Calls one of fns: a lazy pick, so that only the chosen branch marks values."""
    return R.choice(fns)()


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def first():
    return pick(FIRST)


def last():
    return pick(LAST)


def person():
    """The person of the current line: mostly the same one, so that "Alice Doe" <sip:alice.doe@...> agree."""
    if CUR.person is None or R.random() < 0.15:
        CUR.person = (first(), last())
    return CUR.person


def name():
    f, l = person()
    r = R.random()
    if r < 0.08:
        return "%s %s. %s" % (f, R.choice("ABCDEFGHJKLMNPRSTW"), l)
    if r < 0.12:
        return "%s %s" % (l.upper(), f.upper())  # CNAM style
    return "%s %s" % (f, l)


def _ascii(s):
    table = str.maketrans("áéíóúàèüöäëïñçøåłśńźżãõÁÉÍÓÚÜÖÄŁŚĆñ", "aeiouaeuoaeincoalsnzzaoAEIOUUOALSCn")
    return re.sub(r"[^A-Za-z0-9]", "", s.translate(table))


def handle(f=None, l=None):
    if f is None and l is None:
        f, l = person()
    f = f or first()
    l = l or last()
    a, b = _ascii(f).lower(), _ascii(l).lower()
    return R.choice(["%s.%s" % (a, b), a[0] + b, "%s_%s" % (a, b), a + b[0], "%s%s" % (a, b), a.upper(),
                     "%s.%s%d" % (a, b, R.randint(1, 99)), b + "." + a])


def email(f=None, l=None):
    return "%s@%s" % (handle(f, l).lower(), pick(MAIL_DOMAINS))


def nanp():
    while True:
        a = R.choice("23456789") + "%02d" % R.randint(0, 99)
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "900"):
            break
    ex = R.choice(["555", R.choice("23456789") + "%02d" % R.randint(0, 99)])
    if ex[1:] == "11":
        ex = "555"
    return a, ex, "%04d" % R.randint(0, 9999)


def phone(style=None):
    """A phone number in one of many spellings."""
    a, b, c = nanp()
    styles = ["e164", "paren", "dots", "dash", "run10", "run11", "plus_sp", "plus_dash", "intl", "intl_e164",
              "paren_nosp", "one_dash", "plus_paren", "spaces", "plus_dots", "one_paren", "paren", "dash", "dots"]
    style = style or pick(styles)
    if style == "e164":
        return "+1%s%s%s" % (a, b, c)
    if style == "paren":
        return "(%s) %s-%s" % (a, b, c)
    if style == "paren_nosp":
        return "(%s)%s-%s" % (a, b, c)
    if style == "dots":
        return "%s.%s.%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "run10":
        return a + b + c
    if style == "run11":
        return "1" + a + b + c
    if style == "plus_sp":
        return "+1 %s %s %s" % (a, b, c)
    if style == "plus_dash":
        return "+1-%s-%s-%s" % (a, b, c)
    if style == "one_dash":
        return "1-%s-%s-%s" % (a, b, c)
    if style == "plus_paren":
        return "+1 (%s) %s-%s" % (a, b, c)
    if style == "one_paren":
        return "1 (%s) %s-%s" % (a, b, c)
    if style == "spaces":
        return "%s %s %s" % (a, b, c)
    if style == "plus_dots":
        return "+1.%s.%s.%s" % (a, b, c)
    if style == "intl":
        return pick(["+44 20 7946 %04d" % R.randint(0, 999), "+49 30 %08d" % R.randint(10000000, 99999999),
                     "+33 1 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
                     "+61 2 %04d %04d" % (R.randint(2000, 9999), R.randint(0, 9999)),
                     "+81 3-%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999)),
                     "+52 55 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999))])
    if style == "intl_e164":
        return pick(["+4420794%05d" % R.randint(60000, 60999), "+4930%08d" % R.randint(10000000, 99999999),
                     "+331%08d" % R.randint(10000000, 99999999), "+3491%07d" % R.randint(1000000, 9999999),
                     "+6129%07d" % R.randint(1000000, 9999999), "+91 98%03d %05d" % (R.randint(0, 999),
                                                                                     R.randint(0, 99999))])
    raise ValueError(style)


def tel_number():
    """A number as RFC 3966 writes it in a tel: URI (visual separators allowed)."""
    a, b, c = nanp()
    return pick(["+1-%s-%s-%s" % (a, b, c), "+1%s%s%s" % (a, b, c), "+1.%s.%s.%s" % (a, b, c),
                 "+44-20-7946-%04d" % R.randint(0, 999), "+1-%s-%s-%s" % (a, b, c)])


def sip_user_number():
    """A number as it appears as the user part of a SIP URI or a caller-id number."""
    a, b, c = nanp()
    if R.random() < 0.06:
        return "+1-%s-%s-%s" % (a, b, c)
    return pick(["+1" + a + b + c, a + b + c, "1" + a + b + c, "+1" + a + b + c, a + b + c,
                 "+4420794%05d" % R.randint(60000, 60999), "00%s%s" % (R.choice(["44", "49", "33", "61"]),
                                                                       "%09d" % R.randint(100000000, 999999999))])


def ext():
    return str(pick([R.randint(100, 999), R.randint(1000, 9999), R.randint(1000, 1099), R.randint(200, 299),
                     R.randint(10000, 99999)]))


def pub4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 0):
            continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def doc4():
    return pick(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]) % R.randint(1, 254)


def priv4():
    r = R.random()
    if r < 0.5:
        return "192.168.%d.%d" % (pick([0, 1, 1, 1, 2, 10, 50, 86, 100]), R.randint(2, 254))
    if r < 0.8:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))


def ip4():
    r = R.random()
    return pub4() if r < 0.45 else doc4() if r < 0.65 else priv4()


def cgnat():
    return "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))


def h4():
    return "%x" % R.randint(1, 0xffff)


def ip6():
    r = R.random()
    if r < 0.3:
        return "2001:db8:%s:%s::%s" % (h4(), h4(), h4())
    if r < 0.5:
        return "fe80::%s:%s:%s:%s" % (h4(), h4(), h4(), h4())
    if r < 0.7:
        return "2a02:%s:%s:%s:%s:%s:%s:%s" % tuple(h4() for _ in range(7))
    if r < 0.85:
        return "2600:%s:%s:%s::%s" % (h4(), h4(), h4(), h4())
    return "fd%02x:%s:%s::%s" % (R.randint(0, 255), h4(), h4(), h4())


def mac(sep=":", upper=None):
    upper = R.random() < 0.25 if upper is None else upper
    b = ["%02x" % R.randint(0, 255) for _ in range(6)]
    b[0] = "%02x" % (int(b[0], 16) & 0xfc)
    s = sep.join(b)
    return s.upper() if upper else s


def luhn(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def card():
    kind = R.random()
    if kind < 0.45:
        n = luhn("4", 16)
    elif kind < 0.75:
        n = luhn(pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    elif kind < 0.9:
        n = luhn(pick(["34", "37"]), 15)
    else:
        n = luhn("6011", 16)
    r = R.random()
    if r < 0.4:
        return n
    if len(n) == 15:
        return "%s %s %s" % (n[:4], n[4:10], n[10:])
    return (" " if r < 0.8 else "-").join(n[i:i + 4] for i in range(0, 16, 4))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return s if R.random() < 0.8 else s.replace("-", " ")


def ipei():
    if R.random() < 0.5:
        return "%05d %07d %d" % (R.randint(0, 99999), R.randint(0, 9999999), R.randint(0, 9))
    return hexs(10, upper=True)


def street_addr(unit=None):
    hno = str(R.randint(1, 9999))
    nm, sfx = pick(STREETS)
    pre = pick(["", "", "", "N ", "W ", "E ", "S "])
    s = "%s %s%s%s" % (hno, pre, nm, (" " + sfx) if sfx else "")
    if unit or (unit is None and R.random() < 0.4):
        s += (", " if R.random() < 0.5 else " ") + pick(UNITS)
    return s


# time formats ---------------------------------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def tparts():
    return (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
            R.randint(0, 59))


def t_syslog():
    y, mo, d, h, mi, s = tparts()
    return "%s %2d %02d:%02d:%02d" % (MON[mo - 1], d, h, mi, s)


def t_iso(frac=0, sep=" "):
    y, mo, d, h, mi, s = tparts()
    base = "%04d-%02d-%02d%s%02d:%02d:%02d" % (y, mo, d, sep, h, mi, s)
    if frac:
        base += ".%0*d" % (frac, R.randint(0, 10 ** frac - 1))
    return base


def t_logread():
    y, mo, d, h, mi, s = tparts()
    return "%s %s %2d %02d:%02d:%02d %d" % (pick(DOW), MON[mo - 1], d, h, mi, s, y)


def t_clock(ms=True):
    _, _, _, h, mi, s = tparts()
    return "%02d:%02d:%02d.%03d" % (h, mi, s, R.randint(0, 999)) if ms else "%02d:%02d:%02d" % (h, mi, s)


def uptime():
    return "[%*.6f]" % (pick([12, 11, 10]), R.uniform(1, 999999))


def epoch():
    return R.randint(1609459200, 1767225600)


# ==============================================================================================================
# Asterisk verbose console / full log
# ==============================================================================================================
ENDPOINTS = ["1000", "1001", "1002", "2000", "6000", "101", "102", "201", "301", "4003", "BOB", "KITCHEN", "OFFICE",
             "lobby", "frontdesk", "trunk", "voipms", "telnyx-out", "flowroute", "twilio0", "sipgate", "PSTN",
             "ht801-port1", "spa112-1"]
CONTEXTS = ["default", "from-internal", "from-trunk", "from-pstn", "macro-dial-one", "ivr-main", "outbound-allroutes",
            "from-sip-external", "sub-record-check", "macro-user-callerid", "inbound", "phones", "app-blackhole"]
APPS = ["Set", "NoOp", "GotoIf", "ExecIf", "Gosub", "Macro", "Answer", "Playback", "Wait", "Hangup", "MixMonitor",
        "Background", "WaitExten", "Return", "AGI", "Progress", "Ringing"]


def chan(tech=None, endpoint=None):
    tech = tech or pick(["PJSIP", "PJSIP", "PJSIP", "SIP", "SIP", "IAX2", "Local"])
    ep = endpoint or pick(ENDPOINTS)
    if tech == "Local":
        return "Local/%s@%s-%08x;%d" % (ext(), pick(CONTEXTS), R.randint(0, 0x3ff), R.randint(1, 2))
    if tech == "DAHDI":
        return "DAHDI/%d-%d" % (R.randint(1, 24), R.randint(1, 3))
    return "%s/%s-%08x" % (tech, ep, R.randint(0, 0x2ff))


def ctag():
    return "C-%08x" % R.randint(0, 0x7ff)


def ast_pre(src_file="pbx.c", marker="--"):
    """One of the prefixes Asterisk puts before a verbose message."""
    r = R.random()
    ind = {"--": "    -- ", "==": "  == ", ">": "       > "}[marker]
    if r < 0.35:
        return ind
    tid = R.randint(800, 4194303)
    tag = "[%s]" % K(ctag()) if R.random() < 0.8 else ""
    if r < 0.6:
        return "[%s] VERBOSE[%d]%s %s: %s" % (t_syslog(), tid, tag, src_file, ind)
    if r < 0.85:
        return "[%s] VERBOSE[%d]%s %s: %s " % (t_iso(), tid, tag, src_file, marker)
    return "[%s] VERBOSE[%d]%s %s: " % (t_iso(3), tid, tag, src_file)


def ast_num_or_name():
    return P(sip_user_number())


AST_PERSONAL = [
    lambda: f'{ast_pre()}Executing [s@{pick(CONTEXTS)}:{R.randint(1, 40)}] Dial("{K(chan())}", "PJSIP/{P(sip_user_number())}@{pick(["voipms", "telnyx-out", "trunk", "flowroute"])},{pick(["60", "30", "300"])},{pick(["tT", "Tt", "r", "gU(sub-answer)"])}") in new stack',
    lambda: f'{ast_pre()}Executing [{P(sip_user_number())}@from-trunk:1] Set("{K(chan(endpoint=pick(["trunk", "voipms", "flowroute", "PSTN"])))}", "CALLERID(name)={N(name())}") in new stack',
    lambda: f'{ast_pre()}Executing [{pick(["s", "h", ext()])}@{pick(CONTEXTS)}:{R.randint(1, 40)}] ExecIf("{K(chan())}", "1?Set(CALLERID(all)={P(sip_user_number())})") in new stack',
    lambda: f'{ast_pre()}Executing [{ext()}@{pick(CONTEXTS)}:{R.randint(1, 9)}] Set("{K(chan())}", "CALLERID(num)={P(sip_user_number())}") in new stack',
    lambda: f'{ast_pre()}Executing [{P(sip_user_number())}@{pick(["from-pstn", "from-trunk", "inbound"])}:1] NoOp("{K(chan())}", "Incoming call from \\"{N(name())}\\" <{P(sip_user_number())}>") in new stack',
    lambda: f'{ast_pre()}Called {pick(["PJSIP", "SIP"])}/{P(sip_user_number())}@{K(pick(["voipms", "trunk", "telnyx-out", "sipgate"]))}',
    lambda: f'{ast_pre()}{K(chan())} is making progress passing it to {chan()} (caller id "{N(name())}" <{P(sip_user_number())}>)',
    lambda: f'{ast_pre("app_dial.c")}Called PJSIP/{K(pick(["1000", "1001", "201", "6000"]))} for {cid_all()}',
    lambda: f'{ast_pre("app_dial.c")}{K(chan())} is ringing, caller "{N(name())}" <{P(sip_user_number())}>',
    lambda: f'{ast_pre("res_rtp_asterisk.c", ">")}{KV("0x%x" % R.randint(0x7f0000000000, 0x7fffffffffff))} -- Strict RTP learning after remote address set to: {I(ip4())}:{R.randint(1024, 65535)}',
    lambda: f'{ast_pre("res_rtp_asterisk.c", ">")}{KV("0x%x" % R.randint(0x800000000, 0x8ffffffff))} -- Strict RTP switching to RTP target address {I(ip4())}:{R.randint(1024, 65535)} as source',
    lambda: f'{ast_pre("pbx.c", "==")}Spawn extension ({K(pick(CONTEXTS))}, {P(sip_user_number())}, {R.randint(1, 12)}) exited non-zero on \'{chan()}\'',
    lambda: f'{ast_pre("manager.c", "==")}Manager \'{pick(["admin", "hub", "fop2", "monitor"])}\' {K("logged on")} from {IPL(pick([ip4(), "127.0.0.1"]))}',
    lambda: f'{ast_pre("manager.c", "==")}Manager \'{pick(["admin", "hub", "fop2"])}\' {K("logged off")} from {I(ip4())}',
    lambda: f'{ast_pre("chan_sip.c")}Registered SIP \'{K(ext())}\' at {I(ip4())}:{R.randint(1024, 65535)}',
    lambda: f'{ast_pre("res_pjsip/pjsip_options.c")}Contact {K(ext())}/sip:{ext()}@{I(ip4())}:{R.randint(1024, 65535)} is now {K(pick(["Reachable", "Unreachable"]))}.  RTT: {R.randint(1, 400)}.{R.randint(0, 999):03d} msec',
    lambda: f'{ast_pre("app_read.c")}User entered \'{C(card().replace(" ", "").replace("-", ""))}\' on {K(chan())}',
    lambda: f'{ast_pre()}Executing [s@{K("ivr-pay")}:{R.randint(5, 9)}] NoOp("{chan()}", "CARDNUM={C(card().replace(" ", "").replace("-", ""))}") in new stack',
    lambda: f'{ast_pre()}Executing [h@{pick(CONTEXTS)}:1] NoOp("{K(chan())}", "Call from {P(phone())} ended: {pick(["ANSWER", "NOANSWER", "BUSY"])}, billsec={R.randint(0, 900)}") in new stack',
    lambda: f'{ast_pre("app_voicemail.c", "==")}Sending voicemail notification for {K(ext() + "@default")} to {E(email())}',
    lambda: f'{ast_pre("pbx.c", "==")}Setting global variable \'{K(pick(["SIPDOMAIN", "TRUNKHOST", "EXTERNIP"]))}\' to \'{I(pub4())}\'',
    lambda: f'[{t_iso()}] WARNING[{R.randint(800, 99999)}][{K(ctag())}] chan_sip.c:{R.randint(3000, 4500)} retrans_pkt: Retransmission timeout reached on transmission {hexs(R.randint(10, 32))}@{I(ip4())}:{pick([5060, 5061])} for seqno {R.randint(1, 300)} ({pick(["Critical Request", "Non-critical Request"])}) -- See {K("https://wiki.asterisk.org/wiki/display/AST/SIP+Retransmissions")}',
    lambda: f'[{t_iso()}] NOTICE[{R.randint(800, 99999)}] res_pjsip/pjsip_distributor.c:676 log_failed_request: Request \'{K(pick(["REGISTER", "INVITE", "OPTIONS"]))}\' from \'<sip:{alt(ext, lambda: N(handle()))}@{I(pub4())}>\' failed for \'{I(pub4())}:{R.randint(1024, 65535)}\' (callid: {alnum(R.randint(16, 32))}) - {pick(["Failed to authenticate", "No matching endpoint found", "Not match Endpoint ACL"])}',
    lambda: f'[{t_iso()}] SECURITY[{R.randint(800, 99999)}] res_security_log.c: SecurityEvent="{K("InvalidAccountID")}",EventTV="{t_iso(6, "T")}+0000",Severity="Error",Service="PJSIP",EventVersion="1",AccountID="{P(sip_user_number())}",SessionID="{alnum(32)}",LocalAddress="IPV4/UDP/{I(priv4())}/5060",RemoteAddress="IPV4/UDP/{I(pub4())}/{R.randint(1024, 65535)}"',
    lambda: f'[{t_iso()}] NOTICE[{R.randint(800, 99999)}] chan_sip.c:{R.randint(28000, 29999)} handle_request_invite: {K("Sending fake auth rejection")} for device {P(sip_user_number())}<sip:{P(sip_user_number())}@{I(pub4())}>;tag={hexs(8)}',
    lambda: f'{ast_pre()}Executing [{ext()}@{pick(CONTEXTS)}:2] Set("{K(chan())}", "CDR(userfield)=caller {N(name())}") in new stack',
    lambda: f'{ast_pre("res_agi.c")}{pick(["metric.agi", "cnam.agi", "lookup.agi"])},{pick(["incoming", "outgoing-by-extension"])}: CALLERID(number)={P(sip_user_number())}, UNIQUEID={K("%d.%d" % (epoch(), R.randint(1, 999)))}, CHANNEL={chan()}',
    lambda: f'{ast_pre("func_odbc.c")}CNAM lookup for {P(sip_user_number())} returned \'{N(name())}\' ({K("cache miss")})',
    lambda: f'{ast_pre("chan_dahdi.c")}Accepting call from \'{P(sip_user_number())}\' to \'{K(ext())}\' on channel {R.randint(0, 3)}/{R.randint(1, 24)}, span {R.randint(1, 2)}',
    lambda: f'{ast_pre("chan_dahdi.c")}Starting simple switch on \'DAHDI/{R.randint(1, 24)}-1\' ({K("Caller*ID")} "{N(name())}" <{P(phone("run10"))}>)',
]

def cid_handle(full):
    f = full.split()[0]
    return _ascii(f).upper() if R.random() < 0.7 else _ascii(f).lower()


def cid_all():
    full = "%s %s" % person()
    return '"%s" <%s>' % (N(full), N(cid_handle(full)))


AST_PERSONAL += [
    lambda: f'{ast_pre()}Executing [s@{K("macro-user-callerid")}:{R.randint(1, 30)}] Set("{chan()}", "CALLERID(all)={cid_all()}") in new stack',
    lambda: f'{ast_pre("app_dial.c")}{K(chan())} connected line has changed to {cid_all()}',
    lambda: f'{ast_pre()}Executing [{ext()}@{pick(CONTEXTS)}:1] Set("{K(chan())}", "CALLERID(name)={N(name())}") in new stack',
    lambda: f'{ast_pre()}Executing [{ext()}@{pick(CONTEXTS)}:{R.randint(1, 9)}] NoOp("{K(chan())}", "Caller: {N(name())} {P(phone())}") in new stack',
    lambda: f'{ast_pre("app_voicemail.c")}Leaving voicemail for \'{ext()}@{K("default")}\' from "{N(name())}" <{P(phone(pick(["run10", "e164", "dash", "paren"])))}>',
]

AST_HARMLESS = [
    lambda: f'[{t_syslog()}] VERBOSE[{R.randint(800, 4194303)}][{K(ctag())}] netsock2.c:   == Using SIP RTP CoS mark {R.randint(0, 6)}',
    lambda: f'{ast_pre("netsock2.c", "==")}Using SIP RTP {K(pick(["TOS bits", "CoS mark"]))} {R.randint(0, 184)}',
    lambda: f'{ast_pre()}Executing [s@{K(pick(CONTEXTS))}:{R.randint(1, 40)}] {pick(APPS)}("{K(chan())}", "{pick(["", "1?doset", "0?nodial", "DSTRING=PJSIP/1002&PJSIP/1003", "TIOHIDE=no", "ITER=3", "D_OPTIONS=HhTtr", "metric,outgoing-by-extension"])}") in new stack',
    lambda: f'{ast_pre()}Executing [{ext()}@{pick(CONTEXTS)}:{R.randint(1, 9)}] Dial("{K(chan())}", "PJSIP/{pick(ENDPOINTS[:10])},{pick([20, 30, 60])}") in new stack',
    lambda: f'{ast_pre()}Goto ({K(pick(CONTEXTS))},s,{R.randint(1, 40)})',
    lambda: f'{ast_pre("app_dial.c")}{K(chan())} is ringing',
    lambda: f'{ast_pre("app_dial.c")}{K(chan())} answered {chan()}',
    lambda: f'{ast_pre("bridge_channel.c")}Channel {K(chan())} joined \'{pick(["simple_bridge", "native_rtp", "softmix"])}\' basic-bridge <{uuid()}>',
    lambda: f'{ast_pre("bridge_channel.c")}Channel {K(chan())} left \'{pick(["simple_bridge", "native_rtp"])}\' basic-bridge <{uuid()}>',
    lambda: f'{ast_pre("file.c")}<{K(chan())}> Playing \'{pick(["vm-intro.gsm", "custom/welcome.ulaw", "tt-monkeys.gsm", "beep.gsm", "pls-hold-while-try.gsm"])}\' (language \'{pick(["en", "en_US", "fr"])}\')',
    lambda: f'{ast_pre("res_agi.c")}Launched AGI Script {K("/var/lib/asterisk/agi-bin/" + pick(["metric.agi", "cnam.agi", "route.php"]))}',
    lambda: f'{ast_pre("res_agi.c")}<{K(chan())}>AGI Script {pick(["metric.agi", "cnam.agi"])} completed, returning 0',
    lambda: f'{ast_pre("pbx.c")}Auto fallthrough, channel \'{K(chan())}\' status is \'{pick(["BUSY", "CHANUNAVAIL", "NOANSWER", "CONGESTION"])}\'',
    lambda: f'{ast_pre("app_mixmonitor.c")}MixMonitor({K(chan())}) begin, recording to /var/spool/asterisk/monitor/{R.randint(2021, 2025)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/out-{ext()}-{ext()}-{t_iso().replace("-", "").replace(" ", "-").replace(":", "")}-{K("%d.%d" % (epoch(), R.randint(1, 999)))}.wav',
    lambda: f'{ast_pre("res_agi.c")}metric.agi,{pick(["outgoing-by-extension", "incoming"])}: CALLERID(number)={ext()}, UNIQUEID={K("%d.%d" % (epoch(), R.randint(1, 999)))}, CHANNEL={chan()}, name={pick(["outgoing-by-extension", "incoming"])}',
    lambda: f'{ast_pre("channel.c")}Started music on hold, class \'{K(pick(["default", "ringback", "jazz"]))}\', on channel \'{chan()}\'',
    lambda: f'{ast_pre("channel.c")}Stopped music on hold on {K(chan())}',
    lambda: f'{ast_pre("app_voicemail.c")}Recording the message on {K(chan())}',
    lambda: f'{ast_pre("app_queue.c")}Told {K(chan())} in {pick(["support", "sales", "q-main"])} their queue position (which was {R.randint(1, 9)})',
    lambda: f'[{t_iso()}] WARNING[{R.randint(800, 4194303)}][{K(ctag())}] channel.c:{R.randint(1000, 5500)} channel_indicate: [{chan()}] Don\'t know how to indicate condition {R.randint(20, 34)}',
    lambda: f'[{t_iso()}] NOTICE[{R.randint(800, 4194303)}][{K(ctag())}] app_dial.c:{R.randint(2000, 2700)} dial_exec_full: {chan()}: (app_dial) NativeAudioFormats:({pick(["g722", "ulaw", "alaw", "opus"])})',
    lambda: f'[{t_iso()}] DEBUG[{R.randint(800, 4194303)}]: res_pjsip_session.c:{R.randint(4400, 5100)} session_inv_on_state_changed:  {K(chan(tech="PJSIP"))} Event: TSX_STATE  Inv State: {pick(["CALLING", "EARLY", "CONFIRMED", "DISCONNCTD"])}',
    lambda: f'[{t_iso()}] DEBUG[{R.randint(800, 4194303)}]: res_pjsip_session.c:{R.randint(4400, 5100)} __print_debug_details: The inv session still has an invite_tsx ({KV("0x%x" % R.randint(0x7f0000000000, 0x7fffffffffff))})',
    lambda: f'Asterisk {KV(pick(["13.11.2", "16.2.1", "18.20.0", "20.9.1", "22.1.1", "1.8.32.3", "11.25.3"]))}, Copyright (C) 1999 - {R.randint(2014, 2024)}, {pick(["Digium, Inc.", "Sangoma Technologies Corporation"])} and others.',
    lambda: f'Connected to Asterisk {KV(pick(["16.2.1", "18.20.0", "20.9.1", "22.1.1", "1.6.2.24"]))} currently running on {pick(["pbx01", "op01", "ubuntu", "hub", "raspbx"])} (pid = {K(str(R.randint(300, 4194303)))})',
    lambda: K(pick(["Asterisk Ready.", "Asterisk cleanly ending (0).", "Executing last minute cleanups", "Disconnected from Asterisk server", "No such command 'reload' (type 'core show help reload' for other possible commands)", "Asterisk comes with ABSOLUTELY NO WARRANTY; type 'core show warranty' for details."])),
    lambda: f'{ast_pre("loader.c", "==")}Registered channel type \'{K(pick(["PJSIP", "IAX2", "Local", "DAHDI"]))}\' ({pick(["PJSIP Channel Driver", "Inter Asterisk eXchange Driver (Ver 2)", "Local Proxy Channel Driver"])})',
    lambda: f'  == Parsing \'{K("/etc/asterisk/" + pick(["pjsip.conf", "extensions.conf", "sip.conf", "voicemail.conf", "rtp.conf"]))}\': Found',
    lambda: f'{ast_pre("asterisk.c")}{K(pick(["Remote UNIX connection", "Remote UNIX connection disconnected"]))}',
    lambda: f'{ast_pre("rtp_engine.c")}Audio is at {K(str(R.randint(10000, 20000)))}',
    lambda: f'Adding codec {K(pick(["ulaw", "alaw", "g722", "opus", "gsm", "g729"]))} to SDP',
    lambda: f'Adding non-codec {KV("0x%x" % pick([1, 2, 4]))} ({pick(["telephone-event", "cn"])}) to SDP',
    lambda: f'Scheduling destruction of SIP dialog \'{K(alnum(32))}\' in {R.randint(6400, 32000)} ms (Method: {pick(["INVITE", "OPTIONS", "REGISTER", "BYE"])})',
    lambda: f'{ast_pre("cdr.c")}CDR for {K(chan())}: start={epoch()} answer={epoch()} end={epoch()} billsec={R.randint(0, 4000)} linkedid={K("%d.%d" % (epoch(), R.randint(1, 999)))}',
    lambda: f'{ast_pre("res_pjsip_session.c")}{K(chan(tech="PJSIP"))}: SDP o= session {K(str(R.randint(100000000, 4294967295)))} version {R.randint(1, 9)}',
    lambda: f'[{t_iso()}] ERROR[{R.randint(800, 4194303)}]: {K("utils.c")}:{R.randint(1000, 3000)} ast_careful_fwrite: fwrite() returned error: Broken pipe ({KV("pc %016x" % R.randint(0x10000, 0xffffff))})',
    lambda: f'Asterisk PBX {KV(pick(["1.6.0.3", "1.6.2.24", "1.8.32.3", "1.4.44.0"]))} started: {K(pick(["core ready", "modules loaded", "Asterisk Ready."]))}',
    lambda: f'{ast_pre("res_pjsip_registrar.c")}Added contact \'sip:{K(pick(["1000", "1001", "201", "301"]))}@{pick(SIP_HOSTS)};ob\' to AOR \'{pick(["1000", "1001", "201", "301"])}\' with expiration of {pick([60, 300, 3600])} seconds',
    lambda: f'{ast_pre("res_pjsip_outbound_registration.c")}Outbound registration to \'sip:{K(pick(["sipgate", "registrar", "service"]))}@{pick(SIP_HOSTS)}\' with client \'sip:{ext()}@{pick(SIP_HOSTS)}\' is now {K(pick(["Registered", "Rejected", "Unregistered"]))}',
]


# ==============================================================================================================
# SIP messages as Asterisk's pjsip logger (and chan_sip debug) print them: one line per header / SDP line
# ==============================================================================================================
SERVICE_USERS = ["registrar", "pinger", "voicemail", "anonymous", "asterisk", "service", "sipgate", "s", "mwi",
                 "conference"]
HARMLESS_DISPLAY = ["Kitchen", "Front Desk", "Lobby Phone", "Office", "Conference Room", "Door Intercom", "Fax",
                    "Garage", "Reception", "Line 1", "Main Line", "Anonymous", "WIRELESS CALLER", "Unknown",
                    "TOLL FREE CALL"]
USER_AGENTS = [lambda: "Yealink SIP-T46S " + V(pick(["66.86.0.15", "66.85.0.5", "28.83.0.50"])),
               lambda: "PolycomSoundPointIP-SPIP_550-UA/" + V(pick(["3.3.2.0413", "4.0.15.1009"])),
               lambda: "Grandstream HT801 " + V(pick(["1.0.43.11", "1.0.51.2", "1.0.3.10"])),
               lambda: "Linphone/%s (belle-sip/%s)" % (pick(["5.2.0", "4.4.2", "5.3.14"]), pick(["5.2.0", "4.5.3"])),
               lambda: "Zoiper rv" + V(pick(["2.10.19.9", "2.10.18.2"])),
               lambda: "MicroSIP/" + pick(["3.21.3", "3.20.7"]),
               lambda: "Asterisk PBX " + V(pick(["18.20.0", "16.2.1", "20.3.0", "1.6.0.3", "13.0.1"])),
               lambda: "FPBX-" + V(pick(["16.0.40.9(18.24.2)", "17.0.19.1(20.9.1)", "15.0.37.4(16.30.0)"])),
               lambda: "Obihai OBi200 3.2.2 (Build: %dEX)" % R.randint(5000, 6000),
               lambda: "HUB-200/" + V(pick(["4.2.0.11", "4.2.1.3", "5.0.0.87"])),
               lambda: "baresip v%s (x86_64/linux)" % pick(["3.10.1", "2.9.0", "1.1.0"]),
               lambda: "PJSUA v" + pick(["2.14.1", "2.13"]) + " Linux-6.1/x86_64/glibc-2.36",
               lambda: "Cisco-SIPGateway/IOS-15.x", lambda: "FreeSWITCH-mod_sofia/1.10.%d-release~64bit" % R.randint(5, 11),
               lambda: "Fanvil X4U " + V(pick(["2.12.14.6", "2.10.1.5"]))]


def tag():
    return pick([hexs(8), hexs(10), alnum(12), "as" + hexs(8), uuid(), hexs(8) + "-" + hexs(8)])


def branch():
    return "z9hG4bK" + pick(["Pj" + uuid(), hexs(8), "-d87543-" + str(R.randint(10 ** 9, 4 * 10 ** 9)) + "-1--d87543-",
                             alnum(24), hexs(32), "PjQ" + alnum(30)])


def sip_host(port=None):
    """A host part: a provider hostname (harmless) or an IP (labelled)."""
    r = R.random()
    p = "" if port is False else (":%d" % pick([5060, 5060, 5061, 5080, R.randint(1024, 65535)])
                                  if (port or R.random() < 0.5) else "")
    if r < 0.45:
        return pick(SIP_HOSTS) + p
    if r < 0.9:
        return I(ip4()) + p
    return "[" + I(ip6()) + "]" + p


def sip_user(kind=None):
    kind = kind or pick(["num", "num", "ext", "ext", "name", "service"])
    if kind == "num":
        return P(sip_user_number())
    if kind == "ext":
        return ext()
    if kind == "name":
        return N(handle())
    return pick(SERVICE_USERS)


def sip_uri(kind=None, scheme="sip", params=True):
    u = "%s:%s@%s" % (scheme, sip_user(kind), sip_host())
    if params and R.random() < 0.3:
        u += pick([";transport=udp", ";transport=TCP", ";user=phone", ";ob", ";transport=tls", ";rinstance=" + hexs(16)])
    return u


def display(kind=None):
    kind = kind or pick(["name", "name", "none", "harmless", "num", "ext"])
    if kind == "name":
        return '"%s" ' % N(name())
    if kind == "harmless":
        return '"%s" ' % pick(HARMLESS_DISPLAY)
    if kind == "num":
        return '"%s" ' % P(sip_user_number())
    if kind == "ext":
        return '"%s" ' % ext()
    return ""


def nameaddr(kind=None, dkind=None, with_tag=True):
    s = "%s<%s>" % (display(dkind), sip_uri(kind))
    if with_tag:
        s += ";tag=" + tag()
    return s


def callid():
    r = R.random()
    if r < 0.35:
        return hexs(32)
    if r < 0.55:
        return "%s@%s" % (hexs(R.randint(12, 32)), I(ip4()))
    if r < 0.7:
        return uuid()
    if r < 0.8:
        return "%s@%s:%d" % (hexs(32), I(ip4()), pick([5060, 5061]))
    if r < 0.9:
        return V("%s@%s" % (hexs(16), pick(SIP_HOSTS)))
    return alnum(R.randint(16, 32))


def via():
    proto = pick(["UDP", "UDP", "TCP", "TLS", "WSS"])
    v = "%s SIP/2.0/%s %s;%s" % (K("Via:"), proto, sip_host(port=True), pick(["rport", "rport=" + str(R.randint(1024, 65535)),
                                                                      "received=" + I(ip4()), "alias"]))
    v += ";branch=" + branch()
    if R.random() < 0.3:
        v += ";received=%s" % I(ip4())
    return v


def contact_params():
    return pick(["", ";expires=3600", ';+sip.instance="<urn:uuid:' + uuid() + '>"', ";reg-id=1", ";expires=60"])


def digest_user():
    return pick([lambda: ext(), lambda: P(sip_user_number()), lambda: N(handle())])()


def sdp_addr():
    return pick([lambda: "IP4 " + I(ip4()), lambda: "IP4 " + I(ip4()), lambda: "IP6 " + I(ip6()),
                 lambda: "IP4 " + pick(SIP_HOSTS)])()


SIP_LINES = [
    lambda: f'<--- {K("Received SIP " + pick(["request", "response"]))} ({R.randint(300, 2200)} bytes) from {pick(["UDP", "TCP", "TLS", "WS"])}:{I(ip4())}:{R.randint(1024, 65535)} --->',
    lambda: f'<--- {K("Transmitting SIP " + pick(["request", "response"]))} ({R.randint(300, 2200)} bytes) to {pick(["UDP", "TCP", "TLS", "WSS"])}:{I(ip4())}:{pick([5060, 5061, R.randint(1024, 65535)])} --->',
    lambda: f'<--- {K("SIP read from")} {pick(["UDP", "TCP"])}:{I(ip4())}:{R.randint(1024, 65535)} --->',
    lambda: f'<--- {pick(["Reliably ", ""])}{K("Transmitting")} ({pick(["NAT", "no NAT"])}) to {I(ip4())}:{R.randint(1024, 65535)} --->',
    lambda: f'{K("Retransmitting")} #{R.randint(1, 7)} ({pick(["NAT", "no NAT"])}) to {I(ip4())}:{R.randint(1024, 65535)}:',
    lambda: f'Sending to {I(ip4())}:{R.randint(1024, 65535)} ({K(pick(["NAT", "no NAT"]))})',
    lambda: f'{K(pick(["INVITE", "INVITE", "BYE", "CANCEL", "ACK", "OPTIONS", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE"]))} {sip_uri()} {K("SIP/2.0")}',
    lambda: f'{K("REGISTER")} sip:{sip_host()} SIP/2.0',
    lambda: f'{via()}',
    lambda: f'{K("From:")} {nameaddr()}',
    lambda: f'{K("To:")} {nameaddr(with_tag=R.random() < 0.5)}',
    lambda: f'{K("Contact:")} <{sip_uri()}>{contact_params()}',
    lambda: f'{K("Call-ID:")} {callid()}',
    lambda: f'{K("P-Asserted-Identity:")} {display(pick(["name", "num", "harmless"]))}<{sip_uri(pick(["num", "num", "ext"]))}>',
    lambda: f'{K("Remote-Party-ID:")} {display(pick(["name", "num"]))}<sip:{P(sip_user_number())}@{sip_host()}>;party={pick(["calling", "called"])};privacy={pick(["off", "full"])};screen={pick(["no", "yes"])}',
    lambda: f'{K("Diversion:")} <sip:{P(sip_user_number())}@{sip_host()}>;reason={pick(["unconditional", "user-busy", "no-answer"])};counter=1',
    lambda: f'{K("Authorization:")} Digest username="{digest_user()}",realm="{pick(["asterisk", "sip.provider.example", "pbx.example.com"])}",nonce="{epoch()}/{hexs(32)}",uri="{sip_uri(kind="ext", params=False)}",response="{hexs(32)}",cnonce="{hexs(16)}",nc=00000001,qop=auth,algorithm=MD5',
    lambda: f'{K("Proxy-Authorization:")} Digest username="{digest_user()}", realm="{pick(SIP_HOSTS)}", nonce="{hexs(8)}", uri="sip:{alt(ext, lambda: P(sip_user_number()))}@{pick(SIP_HOSTS)}", algorithm=MD5, response="{hexs(32)}"',
    lambda: f'{K("Record-Route:")} <sip:{sip_host()};lr{pick([";ftag=" + hexs(8), ";nat=yes", ""])}>',
    lambda: f'{K("Route:")} <sip:{sip_host()};lr>',
    lambda: f'{K("o=")}{pick(["-", "root", "user1", "FreeSWITCH", "Zoiper"])} {KV(str(R.randint(10 ** 8, 4294967295)))} {R.randint(10 ** 8, 4294967295)} IN {sdp_addr()}',
    lambda: f'{K("c=")}IN {sdp_addr()}',
    lambda: f'{K("a=rtcp:")}{R.randint(4000, 60000)} IN {sdp_addr()}',
    lambda: f'{K("a=candidate:")}{R.randint(1, 4)} {R.randint(1, 2)} {pick(["UDP", "udp"])} {KV(str(pick([2130706431, 2113937151, 1694498815, 16777215, 2122260223])))} {I(ip4())} {R.randint(1024, 65535)} typ {alt(lambda: "host", lambda: "srflx raddr " + I(priv4()) + " rport " + str(R.randint(1024, 65535)), lambda: "relay")}',
    lambda: f'{pick(["INVITE", "OPTIONS"])} sip:{P(sip_user_number())}@{sip_host()}{pick([";user=phone", ""])} {K("SIP/2.0")}',
    lambda: f'{K("Contact:")} "{N(name())}" <sip:{N(handle())}@{sip_host()};transport={pick(["udp", "tcp", "ws"])}>',
    lambda: f'{K("P-Asserted-Identity:")} {display(pick(["name", "none"]))}<tel:{P(tel_number())}>',
    lambda: f'{K("Diversion:")} <tel:{P(tel_number())}>;reason={pick(["unconditional", "user-busy", "no-answer"])};privacy=off',
    lambda: f'{K("To:")} <tel:{P(tel_number())}>',
    lambda: f'{K("INVITE")} tel:{P(tel_number())} SIP/2.0',
    lambda: f'{K("Request-URI:")} sip:{P(sip_user_number())}@{sip_host()};user=phone',
    lambda: f'{K("From:")} "{N(name())}" <sip:{P(sip_user_number())}@{pick(SIP_HOSTS)}>;tag={tag()}',
    lambda: f'b\'{K("INVITE")} sip:{ext()}@{I(priv4())}:5060 SIP/2.0\\r\\nVia: SIP/2.0/UDP {I(priv4())}:5060;rport;branch={branch()}\\r\\nFrom: "{N(name())}" <sip:{P(sip_user_number())}@{I(priv4())}>;tag={uuid()}\\r\\nTo: <sip:{ext()}@{pick(SIP_HOSTS)}>\\r\\nContact: <sip:asterisk@{I(priv4())}:5060>\\r\\nCall-ID: {uuid()}\\r\\n{K("CSeq:")} {R.randint(1, 30000)} INVITE\\r\\nContent-Length:   0\\r\\n\\r\\n\'',
]
SIP_HARMLESS = [
    lambda: K(pick(["<------------->", "<------------>", "--- (17 headers 4 lines) ---", "--- (%d headers %d lines) ---" % (R.randint(8, 20), R.randint(0, 20))])),
    lambda: f'{K("SIP/2.0")} {K(pick(["100 Trying", "180 Ringing", "183 Session Progress", "200 OK", "401 Unauthorized", "407 Proxy Authentication Required", "403 Forbidden", "404 Not Found", "408 Request Timeout", "486 Busy Here", "487 Request Terminated", "488 Not Acceptable Here", "503 Service Unavailable", "603 Decline"]))}',
    lambda: f'{K("Via:")} SIP/2.0/{pick(["UDP", "TCP", "TLS"])} {pick(SIP_HOSTS)}:{pick([5060, 5061])};branch={branch()}{pick([";rport", ""])}',
    lambda: f'{K("From:")} {display(pick(["harmless", "ext", "none"]))}<sip:{pick([ext(), pick(SERVICE_USERS)])}@{pick(SIP_HOSTS)}>;tag={tag()}',
    lambda: f'{K("To:")} {display(pick(["harmless", "ext", "none"]))}<sip:{pick([ext(), pick(SERVICE_USERS)])}@{pick(SIP_HOSTS)}{pick([";user=phone", ""])}>{pick(["", ";tag=" + tag()])}',
    lambda: f'{K("Contact:")} <sip:{pick([ext(), "asterisk", "s"])}@{pick(SIP_HOSTS)}:{pick([5060, 5061, 5080])}{pick(["", ";transport=tcp", ";ob"])}>',
    lambda: f'{K("Call-ID:")} {pick([hexs(32), uuid(), alnum(22), alnum(16) + ".."])}',
    lambda: f'{K("CSeq:")} {K(str(pick([R.randint(1, 120), R.randint(10 ** 6, 99999999), 2147483647, R.randint(1000, 60000)])))} {pick(["INVITE", "REGISTER", "ACK", "BYE", "OPTIONS", "NOTIFY", "SUBSCRIBE"])}',
    lambda: f'{K("Max-Forwards:")} {pick([70, 69, 68, 10])}',
    lambda: f'{K("User-Agent:")} {pick(USER_AGENTS)()}',
    lambda: f'{K("Server:")} {pick(USER_AGENTS)()}',
    lambda: f'{K("Allow:")} {pick(["INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, SUBSCRIBE, NOTIFY, INFO, PUBLISH, MESSAGE", "OPTIONS, REGISTER, SUBSCRIBE, NOTIFY, PUBLISH, INVITE, ACK, BYE, CANCEL, UPDATE, PRACK, MESSAGE, INFO, REFER", "PRACK, INVITE, ACK, BYE, CANCEL, UPDATE, INFO, SUBSCRIBE, NOTIFY, REFER, MESSAGE, OPTIONS"])}',
    lambda: f'{K("Supported:")} {pick(["replaces, timer", "100rel, timer, replaces, norefersub, histinfo", "path, gruu, outbound", "replaces, 100rel, timer, norefersub"])}',
    lambda: f'{K(pick(["Session-Expires:", "Min-SE:", "Expires:", "Content-Length:"]))} {pick([1800, 90, 3600, 0, 300, 1800, R.randint(100, 1400)])}{pick(["", ";refresher=uas", ";refresher=uac"]) if R.random() < 0.2 else ""}',
    lambda: f'{K("Content-Type:")} {pick(["application/sdp", "application/dialog-info+xml", "application/pidf+xml", "message/sipfrag;version=2.0", "application/simple-message-summary"])}',
    lambda: f'{K("WWW-Authenticate:")} Digest realm="{pick(["asterisk", "sip.provider.example"])}",nonce="{KV(str(epoch()))}/{hexs(32)}",opaque="{hexs(16)}",algorithm={pick(["MD5", "SHA-256"])},qop="auth"',
    lambda: f'{K("Authorization:")} Digest username="{ext()}",realm="asterisk",nonce="{hexs(8)}",uri="sip:{ext()}@{pick(SIP_HOSTS)}",response="{hexs(32)}",algorithm=MD5',
    lambda: f'{K("Event:")} {pick(["message-summary", "dialog", "presence", "refer", "keep-alive", "ua-profile"])}',
    lambda: f'{K("Messages-Waiting:")} {pick(["yes", "no"])}',
    lambda: f'{K("Voice-Message:")} {R.randint(0, 9)}/{R.randint(0, 20)} ({R.randint(0, 3)}/{R.randint(0, 3)})',
    lambda: f'{K("Message-Account:")} sip:{pick(["voicemail", "*97", "mwi"])}@{pick(SIP_HOSTS)}',
    lambda: f'{K("v=0")}',
    lambda: f'{K("o=")}{pick(["-", "root", "FreeSWITCH", "user1"])} {KV(str(R.randint(10 ** 8, 4294967295)))} {R.randint(10 ** 8, 4294967295)} IN IP4 {pick(SIP_HOSTS)}',
    lambda: f'{K("s=")}{pick(["Asterisk PBX " + V(pick(["1.6.0.3", "16.12.0", "20.9.1", "13.0.1", "1.8.32.3"])), "Asterisk", "pjmedia", "FreeSWITCH", "-", "Talk", "SIP Call", "Session SIP/SDP"])}',
    lambda: f'{K("t=0 0")}',
    lambda: f'{K("m=audio")} {R.randint(4000, 60000)} {pick(["RTP/AVP", "RTP/SAVP", "UDP/TLS/RTP/SAVPF", "RTP/AVPF"])} {pick(["0 8 101", "0 8 3 111 9 101", "18 101", "3 9 8 104 0 97 98 99 96", "9 0 8 101 13", "111 9 0 8 101"])}',
    lambda: f'{K("a=rtpmap:")}{pick(["0 PCMU/8000", "8 PCMA/8000", "9 G722/8000", "18 G729/8000", "101 telephone-event/8000", "111 opus/48000/2", "104 iLBC/8000", "3 GSM/8000", "13 CN/8000"])}',
    lambda: f'{K("a=fmtp:")}{pick(["101 0-16", "101 0-15", "18 annexb=no", "104 mode=30", "111 minptime=10;useinbandfec=1"])}',
    lambda: f'{K(pick(["a=ptime:20", "a=ptime:30", "a=maxptime:150", "a=maxptime:140", "a=sendrecv", "a=sendonly", "a=recvonly", "a=inactive", "a=rtcp-mux", "a=X-nat:0", "b=AS:84", "b=TIAS:64000", "b=CT:384"]))}',
    lambda: f'{K("a=ssrc:")}{KV(str(pick([2147483647, R.randint(10 ** 9, 4294967295), R.randint(10 ** 8, 10 ** 9)])))} cname:{pick([alnum(16), uuid(), "{" + uuid() + "}"])}',
    lambda: f'{K("a=fingerprint:")}sha-256 {V(":".join(hexs(2, upper=True) for _ in range(32)))}',
    lambda: f'{K("a=ice-ufrag:")}{alnum(8)}',
    lambda: f'{K("a=crypto:")}1 AES_CM_128_HMAC_SHA1_80 inline:{alnum(40)}',
    lambda: f'{K("Contact:")} <sip:{ext()}@{pick(SIP_HOSTS)};transport=tcp>;+u.sip!devicename.ccm.cisco.com="SEP{hexs(12, upper=True)}"',
]


# ==============================================================================================================
# FreeSWITCH console / freeswitch.log
# ==============================================================================================================
FS_LEVELS = ["DEBUG", "INFO", "NOTICE", "WARNING", "ERR", "CRIT"]
FS_CAUSES = ["NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY", "NO_ANSWER", "CALL_REJECTED", "RECOVERY_ON_TIMER_EXPIRE",
             "MANDATORY_IE_MISSING", "NO_ROUTE_DESTINATION", "UNALLOCATED_NUMBER", "INCOMPATIBLE_DESTINATION",
             "USER_NOT_REGISTERED", "DESTINATION_OUT_OF_ORDER"]
FS_REGEX = ["^(\\d{10})$", "^\\+?1?(\\d{10})$", "^(\\d{11})$", "^(\\d{4})$"]
FS_STATES = ["CS_NEW", "CS_INIT", "CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_CONSUME_MEDIA", "CS_HANGUP",
             "CS_REPORTING", "CS_DESTROY", "CS_SOFT_EXECUTE"]


def fs_pre(level=None):
    level = level or pick(FS_LEVELS[:4])
    r = R.random()
    cpu = "%.2f%% " % R.uniform(85, 99.99) if R.random() < 0.5 else ""
    if r < 0.3:
        return "%s %s %s[%s] " % (uuid(), t_iso(6), cpu, level)
    return "%s %s[%s] " % (t_iso(6), cpu, level)


def fs_profile():
    return pick(["internal", "external", "internal-ipv4", "external-ipv4", "main", "default", "gateway/provider"])


def fs_chan(kind=None):
    kind = kind or pick(["ext", "ext", "num", "name"])
    user = sip_user(kind)
    if kind == "num" and R.random() < 0.5:
        return "sofia/%s/%s" % (pick(["external", "gateway/provider"]), user)
    return "sofia/%s/%s@%s" % (fs_profile(), user, sip_host())


def fs_hchan():
    return "sofia/%s/%s@%s" % (fs_profile(), ext(), pick(SIP_HOSTS) + pick(["", ":5060"]))


FS_PERSONAL = [
    lambda: f'{fs_pre("NOTICE")}switch_channel.c:{pick([1104, 1118, 1123, 1142])} {K("New Channel")} {fs_chan()} [{uuid()}]',
    lambda: f'{fs_pre("NOTICE")}sofia.c:{R.randint(1000, 9000)} {K("Hangup")} {fs_chan()} [{K(pick(FS_STATES))}] [{pick(FS_CAUSES)}]',
    lambda: f'{fs_pre("INFO")}sofia.c:{R.randint(9500, 10500)} {fs_chan()} receiving invite from {I(ip4())}:{R.randint(1024, 65535)} version: {K(pick(["1.10.7-release", "1.10.6-dev", "1.10.11-release", "1.6.10 -17-726448d"]))}  64bit call-id: {pick([alnum(20), hexs(32), alnum(22) + ".."])}',
    lambda: f'{fs_pre("DEBUG")}switch_core_media.c:{R.randint(8000, 9200)} {K("AUDIO RTP")} [{fs_chan()}] {I(ip4())} port {R.randint(16384, 32768)} -> {I(ip4())} port {R.randint(1024, 65535)} codec: {pick([0, 8, 9, 18, 102])} ms: {pick([20, 30])}',
    lambda: f'{fs_pre("WARNING")}sofia_reg.c:{R.randint(1700, 1900)} {K("SIP auth challenge")} ({pick(["INVITE", "REGISTER"])}) on sofia profile \'{fs_profile()}\' for [{P(sip_user_number())}@{sip_host(port=False)}] from ip {I(pub4())}',
    lambda: f'{fs_pre("WARNING")}sofia_reg.c:{R.randint(3000, 3200)} {N(handle())}@{pick(SIP_HOSTS)} {K("Failed Registration")} with status {pick(["Timeout", "Forbidden"])} [{pick([403, 408, 503])}]. failure #{R.randint(1, 9)}',
    lambda: f'{fs_pre("DEBUG")}sofia.c:10427 {K("verifying acl")} "{pick(["domains", "lan", "providers"])}" for ip/port {I(ip4())}:0.',
    lambda: f'{fs_pre("DEBUG")}switch_core_state_machine.c:{R.randint(500, 900)} ({fs_chan(pick(["num", "name"]))}) {K("Running State Change")} {pick(FS_STATES)} (Cur {R.randint(1, 9)} Tot {R.randint(1, 200)})',
    lambda: f'Dialplan: {fs_hchan()} Regex (PASS) [{pick(["in", "outbound", "local_extension"])}] destination_number({P(sip_user_number())}) =~ /{pick(FS_REGEX)}/ {K("break=on-false")}',
    lambda: f'Dialplan: {fs_hchan()} {K("Action")} set(effective_caller_id_name={N(name())})',
    lambda: f'Dialplan: {fs_hchan()} {K("Action")} set(effective_caller_id_number={P(sip_user_number())})',
    lambda: f'Dialplan: {fs_hchan()} {K("Action")} bridge(sofia/gateway/{pick(["provider", "flowroute", "telnyx"])}/{P(sip_user_number())})',
    lambda: f'{fs_pre("NOTICE")}switch_ivr_originate.c:{R.randint(2000, 4000)} {K("Ring Ready")} sofia/gateway/{pick(["provider", "flowroute"])}/{P(sip_user_number())}!',
    lambda: f'{fs_pre("INFO")}mod_dptools.c:{R.randint(1000, 1800)} {fs_hchan()} {K("Setting")} caller_id_name to [{N(name())}]',
    lambda: f'{K("Caller-Caller-ID-Name:")} {N(name())}',
    lambda: f'{K("Caller-Caller-ID-Number:")} {P(sip_user_number())}',
    lambda: f'{K(pick(["Caller-ANI:", "Caller-Orig-Caller-ID-Number:", "Caller-Username:"]))} {P(sip_user_number())}',
    lambda: f'{K(pick(["Caller-Network-Addr:", "FreeSWITCH-IPv4:", "variable_sip_received_ip:", "variable_sip_network_ip:"]))} {I(ip4())}',
    lambda: f'{K("variable_sip_from_user:")} {sip_user(pick(["num", "name"]))}',
    lambda: f'{K("variable_sip_contact_uri:")} {N(handle())}@{I(ip4())}:{R.randint(1024, 65535)}',
    lambda: f'{fs_pre("INFO")}sofia_glue.c:{R.randint(1600, 1700)} {fs_chan("num")} {K("sending invite")} call-id: {pick([uuid(), "(null)"])}',
    lambda: f'{fs_pre("NOTICE")}switch_core_session.c:{R.randint(1700, 1800)} {K("Close Channel")} {fs_chan()} [CS_DESTROY]',
    lambda: f'{fs_pre("ERR")}mod_sofia.c:{R.randint(2000, 6000)} {K("CODEC NEGOTIATION ERROR")}.  SDP: {pick(["IP4", "IP6"])} {I(ip4())} from {fs_chan("num")}',
]
FS_HARMLESS = [
    lambda: f'{fs_pre("DEBUG")}switch_core_state_machine.c:{R.randint(500, 900)} ({K(fs_hchan())}) State {pick(["NEW", "INIT", "ROUTING", "EXECUTE", "HANGUP", "REPORTING", "DESTROY"])}{pick(["", " going to sleep"])}',
    lambda: f'{fs_pre("DEBUG")}switch_core_state_machine.c:{R.randint(500, 900)} ({K(fs_hchan())}) Running State Change {pick(FS_STATES)} (Cur {R.randint(1, 9)} Tot {R.randint(1, 200)})',
    lambda: f'{fs_pre("DEBUG")}mod_sofia.c:{R.randint(90, 5200)} ({K(fs_hchan())}) State Change {pick(FS_STATES)} -> {pick(FS_STATES)}',
    lambda: f'{fs_pre("DEBUG")}switch_rtp.c:{R.randint(4000, 5000)} {K("Starting timer")} [soft] {pick([160, 320, 240])} bytes per {pick([20, 30])}ms',
    lambda: f'{fs_pre("DEBUG")}switch_core_codec.c:111 {K(fs_hchan())} Original read codec set to {pick(["PCMU:0", "PCMA:8", "G722:9", "opus:102"])}',
    lambda: f'{fs_pre("DEBUG")}switch_core_media.c:{R.randint(3000, 4000)} {K("Set Codec")} {fs_hchan()} {pick(["PCMU/8000 20 ms 160 samples 64000 bits 1 channels", "PCMA/8000 20 ms 160 samples 64000 bits 1 channels", "G722/16000 20 ms 320 samples 64000 bits 1 channels"])}',
    lambda: f'{fs_pre("DEBUG")}switch_core_media.c:{R.randint(9000, 9200)} {fs_hchan()} {K("Set 2833 dtmf")} {pick(["send", "receive"])} payload to 101',
    lambda: f'{fs_pre("DEBUG")}sofia.c:{R.randint(2400, 2550)} {K(pick(["detaching session", "Re-attaching to session"]))} {uuid()}',
    lambda: f'{fs_pre("DEBUG")}switch_core_session.c:{R.randint(1300, 1400)} {K("Send signal")} {fs_hchan()} [BREAK]',
    lambda: f'{fs_pre("NOTICE")}switch_core_session.c:{R.randint(1700, 1800)} Session {R.randint(1, 9999)} ({K(fs_hchan())}) Ended',
    lambda: f'{fs_pre("NOTICE")}switch_ivr_originate.c:{R.randint(2900, 3100)} {K("Cannot create outgoing channel")} of type [user] cause: [{pick(FS_CAUSES)}]',
    lambda: f'{fs_pre("NOTICE")}switch_channel.c:{R.randint(4900, 5000)} Hangup {K(fs_hchan())} [CS_EXECUTE] [{pick(FS_CAUSES)}]',
    lambda: f'{fs_pre("DEBUG")}switch_channel.c:{R.randint(2300, 2400)} ({K(fs_hchan())}) Callstate Change {pick(["DOWN -> RINGING", "RINGING -> ACTIVE", "ACTIVE -> HANGUP", "EARLY -> ACTIVE"])}',
    lambda: f'{fs_pre("DEBUG")}switch_core_state_machine.c:{R.randint(40, 200)} {K(fs_hchan())} Standard {pick(["INIT", "ROUTING", "EXECUTE", "HANGUP", "REPORTING", "DESTROY"])}{pick(["", ", cause: NORMAL_CLEARING", ", cause: CALL_REJECTED"])}',
    lambda: f'{fs_pre("DEBUG")}sofia.c:{R.randint(6800, 7400)} Channel {K(fs_hchan())} entering state [{pick(["received", "calling", "proceeding", "completing", "ready", "terminated"])}][{pick([100, 180, 183, 200, 0])}]',
    lambda: f'{fs_pre("DEBUG")}switch_ivr_bridge.c:{R.randint(700, 800)} {K("BRIDGE THREAD DONE")} [{fs_hchan()}]',
    lambda: f'{fs_pre("ERR")}switch_ivr.c:{R.randint(4000, 4100)} {uuid()} {K(fs_hchan())} Read lock {pick(["ACQUIRED", "CLEARED"])}',
    lambda: f'{fs_pre("INFO")}mod_dptools.c:{R.randint(1000, 1800)} {K(fs_hchan())} Sessions: {R.randint(1, 30)} Peak: {R.randint(1, 60)}',
    lambda: f'{K("Event-Date-Timestamp:")} {epoch()}{R.randint(100000, 999999)}',
    lambda: f'{K(pick(["Caller-Profile-Created-Time:", "Caller-Channel-Created-Time:", "Caller-Channel-Answered-Time:"]))} {pick([0, str(epoch()) + str(R.randint(100000, 999999))])}',
    lambda: f'{K(pick(["Core-UUID:", "Unique-ID:", "Channel-Call-UUID:", "Caller-Unique-ID:"]))} {uuid()}',
    lambda: f'{K("Caller-Destination-Number:")} {ext()}',
    lambda: f'{K(pick(["Event-Sequence:", "Channel-State-Number:", "Event-Calling-Line-Number:"]))} {R.randint(1, 99999)}',
    lambda: f'{K("Caller-Callee-ID-Name:")} {pick(["Outbound Call", "Extension " + ext(), "Voicemail", "Conference"])}',
    lambda: f'{K("Channel-Name:")} sofia/{pick(["kamailio", "internal"])}/{ext()}',
    lambda: f'{K("Event-Date-GMT:")} {pick(DOW)}, {R.randint(1, 28):02d} {pick(MON)} {R.randint(2021, 2025)} {t_clock(False)} GMT',
    lambda: f'{fs_pre("INFO")}switch_time.c:{R.randint(1200, 1300)} {K(pick(["Timezone reloaded", "Clock synchronized to system time", "Calibrating timer, please wait..."]))}',
    lambda: f'{fs_pre("NOTICE")}sofia_reg.c:{R.randint(3100, 3200)} Registered {K("gateway")} {pick(["provider", "flowroute", "telnyx"])} ping {R.randint(1, 90)}ms',
    lambda: f'FreeSWITCH Version {K(pick(["1.10.7-release", "1.10.11-release", "1.10.9-release", "1.6.20"]))}~64bit (-{pick(["release", "git 883d2cb 2021-10-24 16:39:33Z"])} 64bit)',
]


# ==============================================================================================================
# Kamailio (syslog, journald and -E stderr styles; core debug, module warnings, xlog lines from routing scripts)
# ==============================================================================================================
def kam_pre(level=None):
    level = level or pick(["DEBUG", "INFO", "NOTICE", "WARNING", "ERROR"])
    pid = R.randint(700, 250000)
    r = R.random()
    if r < 0.4:
        return "%s %s /usr/sbin/kamailio[%d]: %s: " % (t_syslog(), pick(["voip0", "proxy1", "sbc-edge", "kamailio-alone", "core-rbx-1"]), pid, level)
    if r < 0.7:
        return "%s %s kamailio[%d]: %s: " % (t_syslog(), pick(["proxy1", "lb01", "kam-a"]), pid, level)
    if r < 0.85:
        return " %d(%d) %s: " % (R.randint(1, 200), R.randint(1, 300), level)
    return "%s %s sip-proxy[%d]: %s: " % (t_syslog(), pick(["lohi", "edge2"]), pid, level)


def kam_method():
    return pick(["REGISTER", "INVITE", "OPTIONS", "BYE", "SUBSCRIBE", "NOTIFY", "ACK", "CANCEL", "PUBLISH", "MESSAGE"])


KAM_PERSONAL = [
    lambda: f"{kam_pre('INFO')}<script>: {K('REQ:')} M='{kam_method()} {sip_uri()}' SRC='{I(ip4())}:{R.randint(1024, 65535)}'",
    lambda: f"{kam_pre('INFO')}<script>: REQ: {K('M=')}'{kam_method()} sip:{pick(SIP_HOSTS)}' SRC='{I(ip4())}:{pick([5060, R.randint(1024, 65535)])}' fu='{sip_uri()}' ci='{callid()}'",
    lambda: f"{kam_pre('INFO')}<script>: {K('RPL:')} S='{pick(['200 OK', '401 Unauthorized', '486 Busy Here', '180 Ringing'])}' SRC='{I(ip4())}:{R.randint(1024, 65535)}' ci='{callid()}'",
    lambda: f"{kam_pre('ERROR')}<script>: {K('NATMANAGE')} M={kam_method()} OU=<null>  RURI=<null> RD=<null> F={sip_uri(params=False)} T={sip_uri(params=False)} NH=<null> IP={I(ip4())} ID={callid()}",
    lambda: f"{kam_pre('INFO')}{{1 {R.randint(1, 9)} {kam_method()} {alnum(22)}..}} <script>: {K('SIP request')} {kam_method()} received from {I(ip4())}:{R.randint(1024, 65535)} via {pick(['tcp', 'udp', 'tls', 'wss'])} - from {sip_uri(params=False)};transport={pick(['TCP', 'UDP'])} to {sip_uri(params=False)}",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/msg_parser.c:{pick([597, 599, 610])}]: parse_msg():  {K('uri:')}     <{sip_uri(params=False)}>",
    lambda: f"{kam_pre('ALERT')}<script>: {K('ALERT: pike blocking')} {kam_method()} from {sip_uri(params=False)} (IP:{I(pub4())}:{R.randint(1024, 65535)})",
    lambda: f"{kam_pre('INFO')}<script>: {K('Malformed SIP message')} from {I(pub4())}:{R.randint(1024, 65535)}",
    lambda: f"{kam_pre('INFO')}[{K(V(str(R.randint(10 ** 17, 10 ** 21)) + '@' + pick(['edge-a1.example.net', 'edge-a2.example.net'])))}][M=OPTIONS-1] <script>: [KEEPALIVE]IP={I(priv4())}|RURI=sip:{I(pub4())}|F=sip:{pick(['edge-a1.example.net', 'edge-a2.example.net'])}:5069|T=sip:{I(pub4())}",
    lambda: f"{kam_pre('NOTICE')}<script>: {K('auth failed')} for user '{sip_user(pick(['num', 'name']))}' realm '{pick(SIP_HOSTS)}' from {I(pub4())}",
    lambda: f"{kam_pre('WARNING')}dispatcher [dispatch.c:{R.randint(3000, 3600)}]: ds_ping_reply_callback(): {K('destination')} sip:{I(ip4())}:{pick([5060, 5080])} group {R.randint(1, 9)} is inactive ({pick([408, 503])})",
    lambda: f"{kam_pre('WARNING')}<core> [core/tcp_main.c:{R.randint(1200, 4900)}]: tcp_send(): {K('connect')} {I(ip4())}:{R.randint(1024, 65535)} failed: Connection refused",
    lambda: f"{kam_pre('INFO')}<script>: {K('registered')} {sip_user(pick(['num', 'name']))}@{pick(SIP_HOSTS)} from {I(ip4())}:{R.randint(1024, 65535)} expires {pick([60, 300, 3600])}",
    lambda: f"{kam_pre('INFO')}acc [acc.c:{R.randint(250, 320)}]: {K('ACC: transaction answered')}: timestamp={epoch()};method=INVITE;from_tag={hexs(8)};to_tag={hexs(8)};call_id={callid()};code=200;reason=OK;src_user={sip_user('num')};src_domain={pick(SIP_HOSTS)};dst_user={sip_user('num')};src_ip={I(ip4())}",
    lambda: f"{kam_pre('INFO')}<script>: {K('PSTN')} route: calling {P(sip_user_number())} via gw {I(pub4())}",
]
KAM_HARMLESS = [
    lambda: f"{kam_pre('DEBUG')}<core> [parser/msg_parser.c:{pick([595, 606])}]: parse_msg(): {K('SIP Request:')}",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/msg_parser.c:{pick([597, 608])}]: parse_msg():  {K('method:')}  <{kam_method()}>",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/msg_parser.c:{pick([601, 612])}]: parse_msg():  {K('version:')} <SIP/2.0>",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/parse_via.c:1254]: parse_via_param(): {K('Found param type')} {pick([232, 235])}, <{pick(['branch', 'rport', 'received'])}> = <{pick([branch(), 'n/a'])}>; state={R.randint(5, 17)}",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/parse_via.c:2642]: parse_via(): {K('end of header reached')}, state=5",
    lambda: f"{kam_pre('DEBUG')}<core> [parser/msg_parser.c:{pick([486, 496])}]: parse_headers(): {K('Via found')}, flags=2",
    lambda: f"{kam_pre('DEBUG')}<core> [receive.c:178]: receive_msg(): {K('After parse_msg...')}",
    lambda: f"{kam_pre('NOTICE')}{{1 {R.randint(1, 9)} {kam_method()} {hexs(22)}}} <core> [core/receive.c:528]: receive_msg(): {K('request-route executed in')}: {R.randint(80, 90000)} usec",
    lambda: f"{kam_pre('ERROR')}pv [pv_trans.c:572]: tr_eval_string(): {K('substr out of range')}",
    lambda: f"{kam_pre('ERROR')}<core> [core/parser/parse_uri.c:1417]: _parse_ruri(): {K('bad uri')} </metrics>",
    lambda: f"{kam_pre('ERROR')}<core> [core/parser/parse_uri.c:1455]: parse_orig_ruri(): {K('parse orig ruri failed')}",
    lambda: f"{kam_pre('ERROR')}tm [t_fwd.c:{R.randint(1400, 1700)}]: t_send_branch(): {K('sending request on branch')} {R.randint(0, 3)} failed",
    lambda: f"{kam_pre('ERROR')}sl [sl_funcs.c:{R.randint(300, 450)}]: sl_reply_error(): {K('stateless error reply used')}: Unresolvable destination (478/SL)",
    lambda: f"{kam_pre('INFO')}<script>: {K('sipping from')} sip:pinger@{pick(['kamailio.org', 'pbx.example.com', 'proxy1.example.net'])} every {pick([15, 30, 60])}s",
    lambda: f"{kam_pre('NOTICE')}<script>: REQ: {K('M=')}'{kam_method()} sip:{pick([ext(), pick(SERVICE_USERS)])}@{pick(SIP_HOSTS)}' SRC='{pick(SIP_HOSTS)}:{pick([5060, 5061])}' ci='{pick([hexs(32), uuid()])}'",
    lambda: f"{kam_pre('INFO')}<core> [main.c:{R.randint(2700, 3100)}]: main(): {K('processes (at least)')}: {R.randint(8, 80)} - shm size: {pick([67108864, 134217728, 268435456])} - pkg size: {pick([8388608, 16777216])}",
    lambda: f"{kam_pre('INFO')}<core> [core/tcp_main.c:{R.randint(4700, 4900)}]: {K('init_tcp()')}: using epoll_lt as the io watch method (auto detected)",
    lambda: f"{kam_pre('WARNING')}<core> [core/socket_info.c:{R.randint(1200, 2100)}]: fix_hostname(): {K('could not rev. resolve')} {pick(SIP_HOSTS)}",
    lambda: f"{kam_pre('INFO')}tls [tls_init.c:{R.randint(600, 900)}]: init_tls_compression(): {K('tls: init_tls')}: disabling compression...",
    lambda: f"version: kamailio {K(pick(['5.5.4', '5.8.2', '6.0.1', '5.3.9']))} (x86_64/linux) {hexs(6)}",
    lambda: f"{kam_pre('NOTICE')}<script>: {K('dialog')} {pick(['confirmed', 'terminated', 'early'])} ci={pick([hexs(32), alnum(20)])} ftag={hexs(8)} ttag={hexs(8)} lifetime={R.randint(30, 7200)}",
    lambda: f"{kam_pre('INFO')}<script>: {K('NAT')} detected on REGISTER from {pick(SIP_HOSTS)}, fixing contact for {ext()}",
    lambda: f"{kam_pre('ERROR')}registrar [save.c:{R.randint(900, 1100)}]: save(): {K('failed to extract Address Of Record')}",
    lambda: f"{kam_pre('NOTICE')}{{1 {R.randint(1, 9)} REGISTER {alnum(22)}}} <script>: {K('REGISTER')} for {ext()}@{pick(SIP_HOSTS)} saved, {R.randint(1, 5)} contacts",
]


# ==============================================================================================================
# pjsua / pjsip applications (pjlib log format: time, sender padded to width, indent dots, message)
# ==============================================================================================================
def pj_pre(sender):
    r = R.random()
    base = "%s %*s " % (t_clock(), pick([14, 15, 18]), sender)
    if r < 0.2:
        base = "%s:%03d %s[%d:%d] %*s " % (t_iso(), R.randint(0, 999), pick(["VoipDeff", "SoftPhone", "HubSip"]),
                                          R.randint(1000, 9999), R.randint(10000, 99999), 14, sender)
    return base + pick([" ", " .", " ..", " ...", " ....", " .....", " ......", "!", " !"])


PJ_PERSONAL = [
    lambda: f"{pj_pre('pjsua_core.c')}{K(pick(['RX', 'TX']))} {R.randint(300, 2200)} bytes {pick(['Request msg INVITE/cseq=', 'Request msg ACK/cseq=', 'Response msg 200/INVITE/cseq=', 'Request msg REGISTER/cseq=', 'Response msg 401/REGISTER/cseq='])}{R.randint(1, 60000)} ({KV(pick(['rdata', 'tdta']) + '0x%x' % R.randint(0x1000000, 0x7fffffffffff))}) {pick(['from', 'to'])} {pick(['UDP', 'TCP', 'TLS'])} {I(ip4())}:{pick([5060, 5061, R.randint(1024, 65535)])}:",
    lambda: f"{pj_pre('pjsua_acc.c')}{sip_uri(pick(['name', 'num']), params=False)}: {K('registration success')}, status=200 (OK), will re-register in {pick([300, 600, 3600])} seconds",
    lambda: f"{pj_pre('pjsua_acc.c')}{K('IP address change detected')} for account {R.randint(0, 3)} ({I(priv4())}:{R.randint(1024, 65535)} --> {I(pub4())}:{R.randint(1024, 65535)}). Updating registration (using method {R.randint(1, 4)})",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Making call')} with acc #{R.randint(0, 3)} to {sip_uri(pick(['num', 'num', 'name']), params=False)}",
    lambda: f"{pj_pre('pjsua_app.c')}{K('Incoming call')} for account {R.randint(0, 3)}! From: {display(pick(['name', 'num']))}<{sip_uri(pick(['num', 'name']), params=False)}>;tag={tag()}",
    lambda: f"{pj_pre('stun_session.c')}{K('STUN sending message')} (BINDING request) to {I(pub4())}:{pick([3478, 19302])}",
    lambda: f"{pj_pre('ice_strans.c')}Comp {R.randint(1, 2)}: {K(pick(['srflx candidate', 'host candidate', 'relay candidate']))} {I(ip4())}:{R.randint(1024, 65535)} added",
    lambda: f"{pj_pre('pjsua_media.c')}{K('Media transport')} for call {R.randint(0, 3)} bound to {I(ip4())}:{R.randint(4000, 60000)}",
    lambda: f"{pj_pre('sip_resolve.c')}{K('Target')} '{pick(SIP_HOSTS)}:{pick([5060, 5061])}' type={pick(['UDP', 'TCP', 'TLS'])} resolved to '{I(pub4())}:{pick([5060, 5061])}' type={pick(['UDP', 'TCP', 'TLS'])} (UDP transport)",
    lambda: f"{pj_pre('pjsua_acc.c')}{K('Contact for acc')} {R.randint(0, 3)} updated: <sip:{sip_user(pick(['num', 'name']))}@{I(pub4())}:{R.randint(1024, 65535)};ob>",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Call')} {R.randint(0, 3)}: remote NAT type is {R.randint(0, 5)} ({pick(['Unknown', 'Symmetric', 'Port Restricted', 'Open Internet'])}), from {sip_uri('num', params=False)}",
    lambda: f"{pj_pre('pjsua_pres.c')}{K('Presence subscription')} to {sip_uri('name', params=False)} is {pick(['ACCEPTED', 'ACTIVE', 'TERMINATED'])}",
    lambda: f"{pj_pre('pjsua_im.c')}{K('MESSAGE')} from {display('name')}<{sip_uri('name', params=False)}>: {pick(['hi, are you home?', 'call me back', 'ok'])}",
]
PJ_HARMLESS = [
    lambda: f"{pj_pre('pjsua_app.c')}{K('Call')} {R.randint(0, 3)} {K('state changed to')} {pick(['CALLING', 'EARLY', 'CONNECTING', 'CONFIRMED', 'DISCONNCTD'])}",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Answering call')} {R.randint(0, 3)}: code={pick([100, 180, 183, 200])}",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Error sending response')}: Invalid operation (PJ_EINVALIDOP) [status=70013]",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Pending answering call')} {R.randint(0, 3)} upon completion of media transport",
    lambda: f"{pj_pre('pjsua_app.c')}Call {R.randint(0, 3)} is {K('DISCONNECTED')} [reason={pick(['487 (Request Terminated)', '200 (Normal call clearing)', '486 (Busy Here)', '408 (Request Timeout)', '603 (Decline)'])}]",
    lambda: f"{pj_pre('pjsua_media.c')}{K('Audio updated')}, stream #0: {pick(['PCMA', 'PCMU', 'G722', 'opus', 'speex'])} ({pick(['sendrecv', 'sendonly', 'recvonly'])})",
    lambda: f"{pj_pre('pjsua_aud.c')}{K('Conf connect')}: {R.randint(0, 5)} --> {R.randint(0, 5)}",
    lambda: f"{pj_pre('sip_endpoint.c')}{K('Module')} \"{pick(['mod-pjsua-log', 'mod-pjsua', 'mod-invite', 'mod-100rel', 'mod-refer', 'mod-evsub'])}\" registered",
    lambda: f"{pj_pre('os_core_unix.c')}{K('pjlib')} {pick(['2.14.1', '2.13', '2.12.1', '2.10'])} for POSIX initialized",
    lambda: f"{pj_pre('pjsua_core.c')}{K('pjsua version')} {pick(['2.14.1', '2.13', '2.12.1'])} for {pick(['Linux-6.1.0/x86_64/glibc-2.36', 'Linux-5.10.110/armv7l/glibc-2.31', 'Darwin-22.6/arm64'])} initialized",
    lambda: f"{pj_pre('argus_sipua_au')}{K('pjsua_aud_channel_update')} SSRC {KV('0x%08X' % R.randint(0, 0xffffffff))}, Seq {R.randint(0, 65535)}",
    lambda: f"{pj_pre('argus_sip_ua_a')}Call {R.randint(0, 3)} media {R.randint(0, 1)} [type=audio], {K('status is Active')}",
    lambda: f"{pj_pre('pjsua_media.c')}{K('Call')} {R.randint(0, 3)}: updating media..",
    lambda: f"{pj_pre('pjsua_call.c')}{K('Call')} {R.randint(0, 3)}: SSRC {KV(str(R.randint(10 ** 9, 4294967295)))}, ts {R.randint(0, 4294967295)}",
    lambda: f"{pj_pre('pjsua_core.c')}{K('--end msg--')}",
    lambda: f"{pj_pre('sip_transport.c')}{K('Transport')} {KV('0x%x' % R.randint(0x1000000, 0x7fffffffffff))} shutdown, ref_cnt={R.randint(0, 3)}",
    lambda: f"{pj_pre('tsx0x%x' % R.randint(0x1000000, 0xfffffff))}{K('Timeout timer event')}",
    lambda: f"{pj_pre('pjsua_acc.c')}{K('Registration sent')}",
    lambda: f"{pj_pre('conference.c')}{K('Port')} {R.randint(0, 9)} ({pick(['sound-dev', 'sip:call-0', 'ring', 'ringback'])}) transmitting to port {R.randint(0, 9)} ({pick(['sound-dev', 'sip:call-0'])})",
    lambda: f"{pj_pre('alsa_dev.c')}{K('ca_thread_func')}({R.randint(1000, 99999)}): Set thread priority for audio capture thread.",
    lambda: f"{pj_pre('sip_transport.c')}{K('Dropping')} {R.randint(1000, 4000)} bytes packet from UDP {pick(SIP_HOSTS)}:5060 : PJSIP syntax error exception when parsing 'X-' header on line {R.randint(1, 60)} col 3",
]


# ==============================================================================================================
# linphone / liblinphone / belle-sip / mediastreamer / oRTP
# ==============================================================================================================
def lin_pre(domain="liblinphone", level="message"):
    r = R.random()
    ts = "%s:%03d" % (t_iso(), R.randint(0, 999))
    if r < 0.35:
        return "%s %s-%s- " % (ts, domain, level)
    if r < 0.75:
        app = pick(["org.linphone", "AppRun.wrapped", "linphone-desktop", "com.example.softphone"])
        return "%s [%s/%s] %s " % (ts, app, domain, level.upper())
    tag_ = {"message": "I", "warning": "W", "error": "E", "debug": "D"}[level]
    if r < 0.9:
        return "%02d-%02d %s %5d %5d %s Linphone: " % (R.randint(1, 12), R.randint(1, 28), t_clock(),
                                                     R.randint(1000, 30000), R.randint(1000, 30000), tag_)
    return "%s/Linphone: " % tag_


def ptr():
    return "0x%x" % pick([R.randint(0x100000000, 0xfffffffff), R.randint(0x7f0000000000, 0x7fffffffffff),
                          R.randint(0xb400007800000000, 0xb40000790fffffff)])


LIN_STATES = ["LinphoneCallIdle", "LinphoneCallIncomingReceived", "LinphoneCallOutgoingInit", "LinphoneCallOutgoingProgress",
              "LinphoneCallOutgoingRinging", "LinphoneCallConnected", "LinphoneCallStreamsRunning", "LinphoneCallEnd",
              "LinphoneCallReleased", "LinphoneCallIncomingEarlyMedia", "LinphoneCallPausing", "LinphoneCallUpdating"]
LIN_PERSONAL = [
    lambda: f"{lin_pre()}{K('Update conference call in database')}: {hexs(32)}@{I(ip4())}:{R.randint(1024, 65535)}",
    lambda: f"{lin_pre('belle-sip')}channel [{K(ptr())}]: message {pick(['received from', 'sent to'])} [{pick(['udp', 'tcp', 'tls'])}://{I(ip4())}:{pick([5060, 5061, R.randint(1024, 65535)])}], size: [{R.randint(300, 2200)}] bytes",
    lambda: f"{lin_pre()}Proxy config [{K(ptr())}] for identity [{sip_uri(pick(['name', 'num']), params=False)}] moving from state [LinphoneRegistrationProgress] to [{pick(['LinphoneRegistrationOk', 'LinphoneRegistrationFailed'])}]",
    lambda: f"{lin_pre()}Call [{K(ptr())}] from [{display('name')}<{sip_uri('num', params=False)}>] to [<sip:{ext()}@{pick(SIP_HOSTS)}>]",
    lambda: f"{lin_pre()}{K('New incoming call')} from [{sip_uri(pick(['num', 'name']), params=False)}] to [sip:{ext()}@{pick(SIP_HOSTS)}]",
    lambda: f"{lin_pre()}{K('Found friend')} [{sip_uri('name', params=False)}] with display name [{N(name())}]",
    lambda: f"{lin_pre('ortp')}{K('ICE')}: Add local candidate {I(ip4())}:{R.randint(1024, 65535)} typ {pick(['host', 'srflx', 'relay'])}",
    lambda: f"{lin_pre('belle-sip')}{K('DNS resolution')} of {pick(SIP_HOSTS)} result: {I(pub4())}",
    lambda: f"{lin_pre('mediastreamer')}{K('Audio stream')} [{ptr()}] remote address set to {I(ip4())}:{R.randint(4000, 60000)}",
    lambda: f"{lin_pre()}{K('Unable to find audio video conference')} with conference ID ConferenceId(peer={sip_uri('name', params=False)};transport=udp, local={sip_uri('name', params=False)})",
    lambda: f"{lin_pre()}{K('Call log')} [{ptr()}] added: from {sip_uri('num', params=False)} duration {R.randint(0, 3600)}s status {pick(['Success', 'Missed', 'Declined', 'Aborted'])}",
    lambda: f"{lin_pre('belle-sip', 'warning')}{K('Transaction')} [{ptr()}] on {sip_uri(pick(['num', 'name']), params=False)} timeout",
    lambda: f"{lin_pre()}{K('Chat message')} [{ptr()}] from {display('name')}<{sip_uri('name', params=False)}> state changed to Delivered",
]
LIN_HARMLESS = [
    lambda: f"{lin_pre('belle-sip')}Changing [{pick(['server', 'client'])}] [{pick(['INVITE', 'REGISTER', 'BYE', 'OPTIONS'])}] transaction [{K(ptr())}], from state [{pick(['PROCEEDING', 'TRYING', 'CALLING'])}] to [{pick(['ACCEPTED', 'COMPLETED', 'TERMINATED'])}]",
    lambda: f"{lin_pre('belle-sip')}Dialog [{K(ptr())}]: now updated by transaction [{ptr()}].",
    lambda: f"{lin_pre()}CallSession [{K(ptr())}] moving from state {pick(LIN_STATES)} to {pick(LIN_STATES)}",
    lambda: f"{lin_pre()}{K('MainDb::addEvent()')} of type {pick(['ConferenceCallConnected (value 21)', 'ConferenceCallStarted (value 20)', 'ConferenceCallEnded (value 22)'])}",
    lambda: f"{lin_pre()}Linphone core [{K(ptr())}] notified [{pick(['call_log_updated', 'call_state_changed', 'chat_room_state_changed', 'registration_state_changed'])}]",
    lambda: f"{lin_pre('mediastreamer')}{K('Stopping ZRTP context')} on session [{pick(['0000000000000000', ptr()])}]",
    lambda: f"{lin_pre('mediastreamer')}{K('ZRTP context destroyed')}",
    lambda: f"{lin_pre('mediastreamer')}{K(pick(['MSFilePlayer', 'MSOpusDec', 'MSResample', 'MSRtpSend', 'MSWebRTCAEC', 'MSDtmfGen', 'MSUlawDec', 'MSAudioFlowControl']))}{' ' * R.randint(4, 18)}{R.randint(0, 9999)}{' ' * 9}{R.uniform(0, 1):.2f}    {R.uniform(0, 1):.2f}    {R.uniform(0, 2):.2f}    {R.uniform(0, 1):.2f}          {R.uniform(0, 9):.1f}",
    lambda: f"{lin_pre('mediastreamer')}{K('FILTER USAGE STATISTICS')}",
    lambda: f"{lin_pre()}StreamsGroup [{K(ptr())}]: {pick(['finishing]', 'stopping', 'starting', 'render'])}",
    lambda: f"{lin_pre('ortp')}RtpSession [{ptr()}] {K('SSRC')} [{KV(str(R.randint(10 ** 9, 4294967295)))}] bandwidth usage: download={R.uniform(0, 90):.1f} kbits/sec, upload={R.uniform(0, 90):.1f} kbits/sec",
    lambda: f"{lin_pre()}[Manager] {K('New call state')} [{pick(['End', 'Released', 'StreamsRunning', 'IncomingReceived', 'OutgoingInit'])}]",
    lambda: f"{lin_pre()}[Call Stats] {K('Call is terminated')}, stopping mCountDownTimer in charge of stats refreshing.",
    lambda: f"{lin_pre()}{K('Notifying soundcard')} that we don't need it anymore for calls",
    lambda: f"{lin_pre('mediastreamer')}{K('MSAudio MSTicker thread exiting')}",
    lambda: f"{lin_pre()}{K('linphone_core_mic_enabled()')}: No current call!",
    lambda: f"{lin_pre()}{K('Resetting the current call')}",
    lambda: f"{lin_pre('belle-sip')}{K('channel')} [{ptr()}]: starting resolution of {pick(SIP_HOSTS)}",
    lambda: f"{lin_pre()}{K('Linphone core')} version {pick(['5.2.0', '5.3.14', '4.5.22'])} (git: {pick(['5.2.0', '5.3.14'])}-{R.randint(1, 99)}-g{hexs(8)}) started",
    lambda: f"{lin_pre('mediastreamer')}{K('Using WASAPI')} {pick(['capture', 'playback'])} device {{{uuid().upper()}}}",
    lambda: f"{lin_pre('ortp')}{K('rtp_session_set_remote_addr')}: rtcp-mux is {pick(['enabled', 'disabled'])} for session [{ptr()}]",
]


# ==============================================================================================================
# baresip (stdout of the CLI, and the Android app's logcat)
# ==============================================================================================================
def bs_pre():
    if R.random() < 0.25:
        return "%02d-%02d %s  %d  %d D Baresip Lib: " % (R.randint(1, 12), R.randint(1, 28), t_clock(),
                                                        R.randint(1000, 30000), R.randint(1000, 30000))
    return ""


def bs_aor(kind=None):
    return "%s@%s" % (sip_user(kind or pick(["name", "num", "ext"])), sip_host(port=False))


BS_PERSONAL = [
    lambda: f"{bs_pre()}{K('Local network address:')}  IPv4={pick(['eth0', 'enp0s3', 'wlan0'])}:{I(priv4())}",
    lambda: f"{bs_pre()}{K('uag: add local address')} {I(pick([priv4(), ip6()]))}",
    lambda: f"{bs_pre()}{bs_aor()}: {{{R.randint(0, 1)}/{pick(['UDP', 'TCP', 'TLS'])}/v4}} {K('200 OK')} () [1 binding]",
    lambda: f"{bs_pre()}{bs_aor('name')}: (prio 0) {{0/UDP/v4}} {K('200 Registration successful')} ({K(pick(['Flexisip/2.2.0-alpha-41-gbc0c60fd (sofia-sip-nta/2.0)', 'Kamailio (5.8.2 (x86_64/linux))', 'Asterisk PBX 20.9.1']))}) [1 binding]",
    lambda: f"{bs_pre()}{K('call: connecting to')} '{sip_uri(pick(['num', 'num', 'name']), params=False)}'..",
    lambda: f"{bs_pre()}{sip_uri(pick(['ext', 'num']), params=False)}: {K('session closed')}: {pick(['488 Not Acceptable here', '486 Busy Here', '408 Request Timeout', 'Connection reset by peer'])}",
    lambda: f"{bs_pre()}ua: {sip_uri('name', params=False)}: {K('UA not found')}: {alt(lambda: N(handle()), lambda: 'sip:' + N(handle()) + '@' + I(priv4()) + ':' + str(R.randint(1024, 65535)))}",
    lambda: f"{bs_pre()}stream: {K('incoming rtp')} for 'audio' established, receiving from {I(ip4())}:{R.randint(1024, 65535)}",
    lambda: f"{bs_pre()}{bs_aor()}: {K('Call established')}: {sip_uri(pick(['num', 'name']), params=False)}",
    lambda: f"{bs_pre()}ua: {K('sipsess connect via')} {pick(['UDP', 'WS', 'TCP'])} {I(ip4())}:{R.randint(1024, 65535)} --> {I(ip4())}:{pick([5060, 5070, R.randint(1024, 65535)])}",
    lambda: f"{bs_pre()}{K('Incoming call from')}: {N(name())} {sip_uri('num', params=False)} -",
    lambda: f"{bs_pre()}{K('http request from')} {I(ip4())}:{R.randint(1024, 65535)}",
    lambda: f"{bs_pre()}{K('unhandeled request from')} {I(ip4())}:{R.randint(1024, 65535)}: REGISTER sip:{I(ip4())}",
    lambda: f"{bs_pre()}{K('httpd: listening on')} {IPL(pick(['127.0.0.1', priv4()]))}:{pick([8000, 8080])}",
    lambda: f"{bs_pre()}{K('reg:')} {sip_uri(pick(['name', 'num']), params=False)} (prio 0): 401 Unauthorized ({pick(['ser (3.3.0-pre1 (i386/linux))', 'Asterisk PBX 18.20.0'])})",
    lambda: f"{bs_pre()}{K('ua: ua_register')} {sip_uri('name', params=False)}",
    lambda: f"{bs_pre()}{K('menu: ua_connect failed')}: {pick(['Function not implemented', 'Invalid argument'])} ({sip_uri('num', params=False)})",
    lambda: f"{bs_pre()}{bs_aor('name')}: {K('Using sipnat')}: `{pick(['outbound', 'stun'])}'",
    lambda: f"{bs_pre()}{K('contact:')} \"{N(name())}\" <{sip_uri(pick(['name', 'num']), params=False)}>",
]
BS_HARMLESS = [
    lambda: K(pick(["baresip is ready.", "All 1 useragent registered successfully! (38 ms)", "Populated 2 accounts",
                    "Populated 3 contacts", "Populated 2 audio codecs", "Populated 1 audio filter",
                    "Populated 5 video codecs", "Populated 0 video filters", "medianat: stun", "medianat: turn",
                    "medianat: ice", "mediaenc: dtls_srtp", "ausrc: alsa", "auplay: alsa", "ui: stdio", "ui: evdev",
                    "vidisp: x11", "vidsrc: v4l2", "aufilt: vumeter", "b2bua: module loaded", "Sip event: CALL_RTCP",
                    "Sip event: CALL_RTPESTAB", "Sip event: CALL_ESTABLISHED", "Sip event: CALL_LOCAL_SDP",
                    "Sip event: CALL_REMOTE_SDP", "Sip event: CALL_DTMF_START", "Sip event: CALL_DTMF_END"])),
    lambda: f"{bs_pre()}{K('All')} {R.randint(1, 4)} useragent{pick(['', 's'])} registered successfully! ({R.randint(2, 900)} ms)",
    lambda: f"{bs_pre()}{K('aucodec:')} {pick(['PCMU/8000/1', 'PCMA/8000/1', 'G722/16000/1', 'opus/48000/2', 'L16/16000/1'])}",
    lambda: f"{bs_pre()}{K('vidcodec:')} {pick(['H264', 'H263', 'MP4V-ES', 'VP8', 'VP9'])}",
    lambda: f"{bs_pre()}{K('call: SIP Progress')}: {pick(['100 trying -- your call is important to us', '180 Ringing', '183 Session Progress', '100 Trying'])} (/)",
    lambda: f"{bs_pre()}{K('audio')} {pick(['tx', 'rx'])} pipeline:        alsa {pick(['--->', '<---'])} webrtc_aec {pick(['--->', '<---'])} {pick(['PCMU', 'PCMA', 'opus', 'G722'])}",
    lambda: f"{bs_pre()}{K('audio: Set audio')} {pick(['decoder', 'encoder'])}: {pick(['PCMU 8000Hz 1ch', 'PCMA 8000Hz 1ch', 'opus 48000Hz 2ch', 'G722 16000Hz 1ch'])}",
    lambda: f"{bs_pre()}{K('audio: enable')} {pick(['auplay', 'ausrc'])} resampler: 8000Hz/1ch {pick(['-->', '<--'])} 16000Hz/1ch",
    lambda: f"{bs_pre()}audio: {pick(['player', 'source'])} started with sample format {K(pick(['S16LE', 'FLOAT']))}",
    lambda: f"{bs_pre()}{K('webrtc_aec')}: creating shared state: [{pick([8000, 16000])} Hz, 1 channels, subframe {pick([80, 160])} samples, num_bands 1]",
    lambda: f"{bs_pre()}{K('received event')}: '{R.choice('0123456789*#')}' (end={R.randint(0, 1)})",
    lambda: f"{bs_pre()}{K('stream: update')} '{pick(['audio', 'video'])}'",
    lambda: f"{bs_pre()}{K('uuid: loaded UUID')} {uuid()} from file /root/.baresip/uuid",
    lambda: f"{bs_pre()}{K('module: loading app')} {pick(['account.so', 'contact.so', 'menu.so', 'vidloop.so', 'auloop.so', 'debug_cmd.so', 'b2bua.so'])}",
    lambda: f"{bs_pre()}{K('DTLS-SRTP ready with profiles')} SRTP_AES128_CM_SHA1_80:SRTP_AES128_CM_SHA1_32:SRTP_AEAD_AES_128_GCM:SRTP_AEAD_AES_256_GCM",
    lambda: f"{bs_pre()}{K('gst_video')}: using gstreamer (GStreamer {pick(['1.14.4', '1.20.3', '1.22.0'])})",
    lambda: f"{bs_pre()}{K('evdev: device name')}: {pick(['FaceCam 1000X', 'USB Audio Device', 'Jabra SPEAK 410'])}",
    lambda: f"{bs_pre()}{ext()}@{pick(SIP_HOSTS)}: {K('Using media encryption')} '{pick(['dtls_srtp', 'srtp-mand', 'zrtp'])}'",
    lambda: f"{bs_pre()}{K('call: SIP Progress')}: 180 Ringing ({pick(['/', 'audio/video'])})",
    lambda: f"{bs_pre()}{K('ua: using')} {pick(['udp', 'tcp', 'tls'])} transport, sip_listen {pick(SIP_HOSTS)}:5060",
]


# ==============================================================================================================
# Router logs: OpenWrt logread prefix, or classic syslog
# ==============================================================================================================
def rt_pre(facility, prog, pid=True):
    p = "%s[%d]" % (prog, R.randint(1, 32000)) if pid else prog
    r = R.random()
    if r < 0.6:
        return "%s %s.%s %s: " % (t_logread(), facility.split(".")[0], facility.split(".")[1], p)
    if r < 0.9:
        return "%s %s %s: " % (t_syslog(), pick(["OpenWrt", "router", "gw", "GL-MT3000", "RT-AX58U"]), p)
    return "%s: " % p


def dhcp_iface():
    return pick(["br-lan", "br-lan", "eth0", "bond0", "br0", "lan", "br-guest"])


DNSMASQ_PERSONAL = [
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPDISCOVER')}({dhcp_iface()}) {alt(lambda: I(priv4()) + ' ', lambda: '')}{M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPOFFER')}({dhcp_iface()}) {I(priv4())} {M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPREQUEST')}({dhcp_iface()}) {I(priv4())} {M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPACK')}({dhcp_iface()}) {I(priv4())} {M(mac())} {pick(HOSTNAMES)}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} DHCPACK({dhcp_iface()}) {I(priv4())} {M(mac())}{pick(['', ' ' + pick(HOSTNAMES)])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPINFORM')}({dhcp_iface()}) {I(priv4())} {M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPRELEASE')}({dhcp_iface()}) {I(priv4())} {M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPNAK')}({dhcp_iface()}) {I(priv4())} {M(mac())} {pick(['wrong address', 'address not available', 'wrong network'])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}DHCPDISCOVER({dhcp_iface()}) {M(mac())} {K('no address available')}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCP, IP range')} {I(priv4())} -- {I(priv4())}, lease time {pick(['12h', '1h', '2m', '24h', 'infinite'])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('using nameserver')} {IPL(pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', pub4(), '127.0.0.1']))}#{pick([53, 5353, 5335])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{R.randint(1, 99)} {V('127.0.0.1')}/{R.randint(1024, 65535)} {K('DHCP')} {I(priv4())} is {pick(HOSTNAMES)}.{pick(['lan', 'homedomain', 'home.arpa'])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('SLAAC-CONFIRM')}({dhcp_iface()}) {I(ip6())} {pick(HOSTNAMES)}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('RTR-ADVERT')}({dhcp_iface()}) {I(pick(['2a02:5524:%s:%s::' % (h4(), h4()), 'fd00:%s:%s::' % (h4(), h4()), '2001:db8:%s::' % h4()]))}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('query[A]')} {pick(['time.android.com', 'sip.provider.example', 'pool.ntp.org', 'connectivitycheck.gstatic.com', 'pbx.example.com'])} from {I(priv4())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('reply')} {pick(['time.android.com', 'sip.provider.example', 'pool.ntp.org', 'pbx.example.com'])} is {I(pub4())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('forwarded')} {pick(['pool.ntp.org', 'sip.provider.example', 'example.com'])} to {I(pick(['1.1.1.1', '8.8.8.8', pub4()]))}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} {K('requested options')}: 1:netmask, 3:router, 6:dns-server, 15:domain-name, 12:hostname; client-id 01:{M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} {K('available DHCP range')}: {I(priv4())} -- {I(priv4())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} sent size:  4 option: 50 {K('requested-IP')} {I(priv4())}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-tftp')}{K('sent')} /tftpboot/{pick(['pxelinux.0', 'y000000000044.cfg', 'spa112.cfg'])} to {I(priv4())}",
    lambda: f"{rt_pre('daemon.warn', 'dnsmasq')}{K('possible DNS-rebind attack detected')}: {pick(['router.example.net', 'fritz.box'])} (from {I(priv4())})",
]
DNSMASQ_HARMLESS = [
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('started, version')} {pick(['2.82', '2.85', '2.89', '2.90'])} cachesize {pick([150, 1000, 10000])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('compile time options')}: IPv6 GNU-getopt no-DBus UBus no-i18n no-IDN DHCP DHCPv6 no-Lua TFTP conntrack {pick(['ipset', 'no-ipset nftset'])} auth {pick(['', 'cryptohash '])}DNSSEC no-ID loop-detect inotify dumpfile",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('DNS service limited to local subnets')}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('UBus support enabled')}: connected to system bus",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('using only locally-known addresses for')} {pick(['test', 'onion', 'localhost', 'local', 'invalid', 'bind', 'lan'])}",
    lambda: f"{rt_pre('daemon.warn', 'dnsmasq')}{K('no servers found in')} /tmp/resolv.conf.d/resolv.conf.auto, will retry",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('read /etc/hosts')} - {R.randint(1, 40)} names",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}read {K('/tmp/hosts/' + pick(['dhcp.cfg01411c', 'odhcpd', 'dhcp']))} - {R.randint(0, 60)} names",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('exiting on receipt of SIGTERM')}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('cleared cache')}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('cache size')} {pick([150, 1000])}, {R.randint(0, 9000)}/{R.randint(0, 90000)} cache insertions re-used unexpired cache entries.",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('queries forwarded')} {R.randint(0, 999999)}, queries answered locally {R.randint(0, 999999)}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('DHCPv6 stateless on')} {dhcp_iface()}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{K('IPv6 router advertisement enabled')}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} {K('tags')}: {pick(['lan, known', 'lan', 'guest', 'known, br-lan'])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} sent size:  1 option: 53 {K('message-type')}  {R.randint(1, 8)}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} sent size:  4 option: 51 {K('lease-time')}  {pick(['12h', '1h', '2m', '1d'])}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq-dhcp')}{KV(str(R.randint(10 ** 8, 4294967295)))} sent size: {R.randint(4, 14)} option: 12 {K('hostname')}  {pick(HOSTNAMES)}",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('cached')} {pick(['pool.ntp.org', 'sip.provider.example', 'time.android.com'])} is <CNAME>",
    lambda: f"{rt_pre('daemon.info', 'dnsmasq')}{K('config')} {pick(['pbx.example.com', 'router.lan'])} is NXDOMAIN",
    lambda: f"{rt_pre('user.notice', 'dnsmasq', pid=False)}{K('DNS rebinding protection is active')}, will discard upstream RFC1918 responses!",
]

UDHCPC_PERSONAL = [
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}{pick(['wan', 'wwan', 'lte'])} ({R.randint(1000, 20000)}): {K('udhcpc: sending renew to')} {I(ip4())}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}{pick(['wan', 'wwan'])} ({R.randint(1000, 20000)}): udhcpc: {K('lease of')} {I(pick([pub4(), cgnat(), priv4()]))} obtained, lease time {pick([3600, 86400, 600, 7200, 43200])}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: sending select for')} {I(pick([pub4(), cgnat()]))}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): udhcpc: {K('broadcasting select for')} {I(pick([pub4(), cgnat()]))}, server {I(ip4())}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): udhcpc: {K('unicasting a release of')} {I(pick([pub4(), cgnat()]))} to {I(ip4())}",
    lambda: f"{K('udhcpc:')} sending release of {I(pick([priv4(), cgnat(), pub4()]))}",
    lambda: f"{K('udhcpc:')} lease of {I(pick([priv4(), cgnat(), pub4()]))} obtained from {I(ip4())}, lease time {pick([3600, 86400, 600])}",
    lambda: f"{K('udhcpc:')} sending select for {I(pick([priv4(), cgnat()]))}",
    lambda: f"{K('Sending select for')} {I(pick([priv4(), cgnat()]))}...",
    lambda: f"{K('Lease of')} {I(pick([priv4(), cgnat(), pub4()]))} obtained, lease time {pick([3600, 86400, 600])}",
    lambda: f"{K('Unicasting a release of')} {I(priv4())} to {I(priv4())}",
    lambda: f"{K('udhcpc:')} setting default routers: {I(priv4())}",
    lambda: f"{K('udhcpc:')} adding dns {I(pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', pub4(), priv4()]))}",
    lambda: f"{K('udhcpc:')} ifconfig {pick(['eth0', 'wan', 'eth1'])} {I(pick([priv4(), cgnat()]))} netmask {V(pick(['255.255.255.0', '255.255.252.0', '255.255.0.0']))} broadcast +",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: received SIGUSR1')}, releasing {I(pick([pub4(), cgnat()]))}",
]
UDHCPC_HARMLESS = [
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: started, v')}{pick(['1.36.1', '1.35.0', '1.33.2', '1.30.1'])}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: broadcasting discover')}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: received SIGTERM')}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: sending release')}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: entering released state')}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('udhcpc: no lease, forking to background')}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}{K('Interface')} '{pick(['wan', 'wan6', 'lan', 'wwan'])}' {pick(['is now up', 'is now down', 'is setting up now', 'has link connectivity', 'has link connectivity loss'])}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}wan ({R.randint(1000, 20000)}): {K('Command failed')}: ubus call network.interface notify_proto {{ \"action\": 0, \"link-up\": false, \"keep\": false, \"interface\": \"wan\" }} (Permission denied)",
    lambda: f"{K('udhcpc')} (v{pick(['1.22.1', '1.24.2', '1.27.2'])}) started",
    lambda: K(pick(["Sending discover...", "No lease, failing", "Performing a DHCP renew", "Entering released state",
                    "udhcpc: no lease, failing", "udhcpc: performing DHCP renew", "udhcpc: started, v1.36.1"])),
    lambda: f"{K('udhcpc:')} {pick(['deleting routers', 'bound', 'deconfig', 'renew'])} for {pick(['eth0', 'wan', 'eth1'])}",
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}{K('Network device')} '{pick(['eth0', 'eth1', 'wan', 'wl0', 'phy0-ap0'])}' link is {pick(['up', 'down'])}",
]

OPENWRT_PERSONAL = [
    lambda: f"{rt_pre('daemon.info', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1', 'phy0-ap0', 'phy1-ap0'])}: STA {M(mac())} {K('IEEE 802.11')}: {pick(['associated (aid %d)' % R.randint(1, 20), 'authenticated', 'disassociated', 'deauthenticated due to local deauth request', 'did not acknowledge authentication response'])}",
    lambda: f"{rt_pre('daemon.notice', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1', 'phy0-ap0'])}: {K(pick(['AP-STA-CONNECTED', 'AP-STA-DISCONNECTED']))} {M(mac())}{pick(['', ' auth_alg=open', ' auth_alg=sae'])}",
    lambda: f"{rt_pre('daemon.info', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1'])}: STA {M(mac())} {K('WPA: pairwise key handshake completed')} ({pick(['RSN', 'WPA'])})",
    lambda: f"{rt_pre('daemon.notice', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1'])}: {K('EAPOL-4WAY-HS-COMPLETED')} {M(mac())}",
    lambda: f"{rt_pre('daemon.err', 'uhttpd')}{K('luci: accepted login')} on / for root from {I(priv4())}",
    lambda: f"{rt_pre('daemon.warn', 'uhttpd')}{K('luci: failed login')} on / for root from {I(ip4())}",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {pick(['wl0', 'wlan0'])}: {K('deauthenticating from')} {M(mac())} by local choice (Reason: 3=DEAUTH_LEAVING)",
    lambda: f"{rt_pre('daemon.notice', 'wpa_supplicant')}{pick(['wl0', 'wlan0'])}: {K('CTRL-EVENT-DISCONNECTED')} bssid={M(mac())} reason={R.randint(1, 15)} locally_generated=1",
    lambda: f"{rt_pre('daemon.notice', 'wpa_supplicant')}{pick(['wl0', 'wlan0'])}: {K('PMKSA-CACHE-REMOVED')} {M(mac())} 0",
    lambda: f"{rt_pre('daemon.notice', 'wpa_supplicant')}{pick(['wl0', 'wlan0'])}: {K('CTRL-EVENT-CONNECTED')} - Connection to {M(mac())} completed [id=0 id_str=]",
    lambda: f"{rt_pre('authpriv.info', 'dropbear')}{K('Child connection from')} {I(ip4())}:{R.randint(1024, 65535)}",
    lambda: f"{rt_pre('authpriv.notice', 'dropbear')}{K('Password auth succeeded')} for 'root' from {I(priv4())}:{R.randint(1024, 65535)}",
    lambda: f"{rt_pre('authpriv.warn', 'dropbear')}{K('Bad password attempt')} for 'root' from {I(pub4())}:{R.randint(1024, 65535)}",
    lambda: f"{rt_pre('user.info', 'mwan3track')}{K('Check (ping) success')} for target \"{I(pick(['1.1.1.1', '8.8.8.8', '9.9.9.9', pub4()]))}\" on interface wan (pppoe-wan)",
    lambda: f"{rt_pre('daemon.info', 'odhcpd')}{K('Assigning')} {R.randint(1, 6)} to {I(ip6())}/128 on br-lan",
    lambda: f"{rt_pre('daemon.warn', 'odhcpd')}{K('DHCPV6 SOLICIT')} IA_NA from {hexs(4)} on br-lan: ok {I(ip6())}/128",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('br-lan: port')} {R.randint(1, 4)}(wlan0) received tcn bpdu from {M(mac())}",
    lambda: f"{rt_pre('daemon.info', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1'])}: STA {M(mac())} {K('RADIUS')}: starting accounting session {hexs(16, upper=True)}",
]
OPENWRT_HARMLESS = [
    lambda: f"{rt_pre('daemon.notice', 'netifd', pid=False)}{K('Interface')} '{pick(['wan', 'wan6', 'lan', 'wwan', 'loopback'])}' {pick(['is now up', 'is now down', 'is enabled', 'has link connectivity'])}",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('device')} {pick(['eth0', 'eth1', 'eth2', 'wlan0'])} entered promiscuous mode",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('br-lan: port')} {R.randint(1, 4)}({pick(['eth0', 'wlan0', 'wlan1', 'lan1'])}) entered {pick(['forwarding', 'blocking', 'disabled', 'learning'])} state",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('mvneta')} {pick(['f1030000', 'f1070000'])}.ethernet {pick(['eth0', 'eth2'])}: Link is Up - 1Gbps/Full - flow control off",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('ath10k_pci')} {V('0000:01:00.0')}: qca988x hw2.0 target 0x4100016c chip_id 0x043202ff sub 0000:0000",
    lambda: f"{rt_pre('kern.warn', 'kernel', pid=False)}{uptime()} ath10k_pci {V('0000:01:00.0')}: {K('failed to')} {pick(['fetch board data', 'receive control response completion', 'flush transmit queue'])}",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('kmodloader')}: done loading kernel modules from /etc/modules.d/*",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('IPv6: ADDRCONF(NETDEV_CHANGE)')}: {pick(['wlan0', 'br-lan', 'eth0'])}: link becomes ready",
    lambda: f"{rt_pre('daemon.notice', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1', 'phy0-ap0'])}: {K(pick(['AP-ENABLED', 'AP-DISABLED', 'interface state UNINITIALIZED->ENABLED', 'interface state COUNTRY_UPDATE->ENABLED', 'CTRL-EVENT-TERMINATING']))}",
    lambda: f"{rt_pre('user.notice', 'firewall', pid=False)}{K('Reloading firewall')} due to ifup of {pick(['wan (pppoe-wan)', 'lan (br-lan)', 'wan6 (eth1)', 'wan (eth0.2)'])}",
    lambda: f"{rt_pre('cron.err', 'crond')}{K('USER root pid')} {R.randint(300, 32000)} cmd {pick(['/etc/init.d/vnstat_backup backup', '/sbin/fstrim /', 'sleep 70 && touch /etc/banner && reboot'])}",
    lambda: f"{rt_pre('daemon.warn', 'odhcpd')}{K('No default route present')}, overriding ra_lifetime!",
    lambda: f"{rt_pre('daemon.info', 'procd', pid=False)}{K(pick(['- init -', '- init complete -', '- ubus -', '- watchdog -']))}",
    lambda: f"{rt_pre('daemon.err', 'wpa_supplicant')}rmdir[{K('ctrl_interface=/var/run/wpa_supplicant')}]: Permission denied",
    lambda: f"{rt_pre('daemon.notice', 'wpa_supplicant')}nl80211: {K('deinit')} ifname={pick(['wl0', 'wlan0'])} disabled_11b_rates=0",
    lambda: f"{rt_pre('daemon.notice', 'wpa_supplicant')}{pick(['wl0', 'wlan0'])}: {K('CTRL-EVENT-DSCP-POLICY')} clear_all",
    lambda: f"{rt_pre('kern.info', 'kernel', pid=False)}{uptime()} {K('nf_conntrack version')} 0.5.0 ({pick([16384, 65536, 7936])} buckets, {pick([65536, 262144, 31744])} max)",
    lambda: f"{rt_pre('daemon.info', 'youtubeUnblock')}{K('ip4_payload_split')}: ipversion: Invalid argument",
    lambda: f"{rt_pre('kern.notice', 'kernel', pid=False)}{uptime()} {K('random: crng init done')}",
    lambda: f"{rt_pre('user.info', 'kernel', pid=False)}{uptime()} {K('urandom-seed')}: Seed saved (/etc/urandom.seed)",
    lambda: f"{rt_pre('daemon.info', 'hostapd', pid=False)}{pick(['wlan0', 'wlan1'])}: {K('ACS')}: Automatic channel selection started, this may take a bit",
]


# ==============================================================================================================
# pppd (and mpd5 as OPNsense/pfSense log it)
# ==============================================================================================================
def ppp_pre():
    r = R.random()
    pid = R.randint(300, 32000)
    if r < 0.5:
        return "%s %s pppd[%d]: " % (t_logread(), pick(["daemon.notice", "daemon.info", "daemon.debug", "daemon.warn"]), pid)
    if r < 0.8:
        return "%s %s pppd[%d]: " % (t_syslog(), pick(["gw", "router", "RT-AC87U", "OpenWrt"]), pid)
    return "%s : " % t_logread()


def mpd_pre():
    return "%s %s ppp: [%s] " % (t_syslog(), pick(["pfsense-test", "OPNsense", "fw01"]), pick(["wan", "opt2", "opt5_link0", "wan_link0", "opt2_link0"]))


PPP_PERSONAL = [
    lambda: f"{ppp_pre()}{K('local  IP address')} {I(pick([pub4(), cgnat()]))}",
    lambda: f"{ppp_pre()}{K('remote IP address')} {I(pick([pub4(), cgnat(), priv4()]))}",
    lambda: f"{ppp_pre()}{K('primary   DNS address')} {I(pick([pub4(), '8.8.8.8', '1.1.1.1']))}",
    lambda: f"{ppp_pre()}{K('secondary DNS address')} {I(pick([pub4(), '8.8.4.4', '1.0.0.1']))}",
    lambda: f"{ppp_pre()}{K('local  LL address')} {I('fe80::%s:%s:%s:%s' % (h4(), h4(), h4(), h4()))}",
    lambda: f"{ppp_pre()}{K('remote LL address')} {I('fe80::%s:%s:%s:%s' % (h4(), h4(), h4(), h4()))}",
    lambda: f"{ppp_pre()}{K('Connected to')} {M(mac())} via interface {pick(['eth0.2', 'br-lan', 'eth1', 'wan'])}",
    lambda: f"{ppp_pre()}{K('rcvd [IPCP ConfNak')} id=0x{R.randint(1, 9)} <addr {I(pick([pub4(), cgnat()]))}> <ms-dns1 {I(pub4())}> <ms-dns2 {I(pub4())}>]",
    lambda: f"{ppp_pre()}{K('sent [IPCP ConfReq')} id=0x{R.randint(1, 9)} <addr {I(pick([pub4(), cgnat()]))}>]",
    lambda: f"{ppp_pre()}{K('rcvd [IPCP ConfReq')} id=0x{R.randint(1, 9)} <addr {I(pub4())}>]",
    lambda: f"{ppp_pre()}{K('sent [IPV6CP ConfReq')} id=0x{R.randint(1, 9)} <addr {I('fe80::%s:%s:%s:%s' % (h4(), h4(), h4(), h4()))}>]",
    lambda: f"{ppp_pre()}{K('peer from calling number')} {M(mac(upper=True))} authorized",
    lambda: f"{rt_pre('daemon.info', 'pppoe-server')}{K('Session')} {R.randint(1, 4000)} created for client {M(mac())} ({I(priv4())}) on br-lan using Service-Name '{pick(['service-name1', 'internet', ''])}'",
    lambda: f"{mpd_pre()}{K('IPADDR')} {I(pick([pub4(), cgnat()]))}",
    lambda: f"{mpd_pre()}{I(pub4())} {K('->')} {I(pub4())}",
    lambda: f"{mpd_pre()}{I(pub4())} {K('is OK')}",
    lambda: f"{mpd_pre()}{K('PPPoE: rec')}'d ACNAME \"{pick(['BRAS-01', 'dsl7.th-lon', 'bng-lab'])}\" from {M(mac())}",
]
PPP_HARMLESS = [
    lambda: f"{ppp_pre()}{K('Plugin')} {pick(['rp-pppoe.so', 'pppoe.so', 'pppol2tp.so'])} loaded.",
    lambda: f"{ppp_pre()}{K('PPPoE plugin from pppd')} {pick(['2.4.9', '2.4.7', '2.5.0'])}",
    lambda: f"{ppp_pre()}{K('pppd')} {pick(['2.4.9', '2.4.7', '2.5.0'])} started by root, uid 0",
    lambda: f"{ppp_pre()}{K('Using interface')} {pick(['ppp0', 'pppoe-wan', 'ppp985'])}",
    lambda: f"{ppp_pre()}{K('Connect:')} {pick(['ppp0', 'pppoe-wan'])} <--> {pick(['eth0.2', 'eth1', '/dev/ttyUSB0', '/dev/ttys010'])}",
    lambda: f"{ppp_pre()}{K(pick(['PAP authentication succeeded', 'CHAP authentication succeeded', 'CHAP authentication failed', 'LCP terminated by peer', 'Modem hangup', 'Connection terminated.', 'Terminating on signal 15', 'Exit.', 'PPP session is %d' % R.randint(1, 65535)]))}",
    lambda: f"{ppp_pre()}{K('sent [LCP ConfReq')} id=0x{R.randint(1, 9)} <mru {pick([1492, 1480, 1354, 1500])}> <magic 0x{hexs(8)}>]",
    lambda: f"{ppp_pre()}{K('rcvd [LCP ConfAck')} id=0x{R.randint(1, 9)} <asyncmap 0x0> <magic 0x{hexs(8)}>]",
    lambda: f"{ppp_pre()}{K('sent [LCP EchoReq')} id=0x{R.randint(0, 9)} magic=0x{hexs(8)}]",
    lambda: f"{ppp_pre()}{K('rcvd [LCP EchoRep')} id=0x{R.randint(0, 9)} magic=0x{hexs(8)}]",
    lambda: f"{ppp_pre()}{K('rcvd [LCP ProtRej')} id=0x{R.randint(1, 9)} 82 35 01 01 00 10 01 06 00 00 00 01 02 06 00 00 00 01 00 00]",
    lambda: f"{ppp_pre()}{K('Connect time')} {R.uniform(0.1, 9999):.1f} minutes.",
    lambda: f"{ppp_pre()}{K('Sent')} {KV(str(R.randint(10 ** 8, 9 * 10 ** 9)))} bytes, received {R.randint(10 ** 8, 9 * 10 ** 9)} bytes.",
    lambda: f"{ppp_pre()}{K('Remote message')}: {pick(['Authentication success,Welcome!', 'Login ok', 'CHAP authentication success, unit 1438'])}",
    lambda: f"{ppp_pre()}{K('lcp_reqci')}: returning CONFACK.",
    lambda: f"{ppp_pre()}{K('ipcp')}: returning Configure-NAK",
    lambda: f"{ppp_pre()}{K('sent [IPCP ConfReq')} id=0x{R.randint(1, 9)} <compress VJ 0f 01>]",
    lambda: f"{mpd_pre()}{K('IPCP: state change')} {pick(['Req-Sent --> Ack-Sent', 'Ack-Sent --> Opened', 'Initial --> Starting', 'Opened --> Stopping'])}",
    lambda: f"{mpd_pre()}{K('IPCP: rec')}'d Configure {pick(['Ack', 'Nak', 'Reject'])} #{R.randint(1, 5)} (Ack-Sent)",
    lambda: f"{mpd_pre()}{K('COMPPROTO')} VJCOMP, 16 comp. channels, no comp-cid",
    lambda: f"{mpd_pre()}{K(pick(['PPPoE: connection successful', 'Link: UP event', 'LCP: Up event', 'LCP: LayerStart', 'IPCP: LayerUp', 'Link: OPEN event', 'LCP: Open event', 'IFACE: Up event']))}",
    lambda: f"{mpd_pre()}{K('PPPoE: Set PPP-Max-Payload')} to '{pick([1500, 1492])}'",
    lambda: f"{mpd_pre()}{K('PPPoE connection timeout')} after {R.randint(5, 20)} seconds",
    lambda: f"{mpd_pre()}{K('MAGICNUM')} 0x{hexs(8)}",
    lambda: f"{mpd_pre()}{K('IFACE: Rename interface')} ng0 to pppoe0",
]


# ==============================================================================================================
# ntpd (reference ntpd, busybox ntpd on OpenWrt, OpenNTPD)
# ==============================================================================================================
def ntp_pre(prog="ntpd"):
    r = R.random()
    pid = R.randint(10, 32000)
    if r < 0.4:
        y, mo, d, h, mi, s = tparts()
        return "%2d %s %02d:%02d:%02d %s[%d]: " % (d, MON[mo - 1], h, mi, s, prog, pid)
    if r < 0.75:
        return "%s %s %s[%d]: " % (t_syslog(), pick(["fwr", "ntp1", "pi", "buster"]), prog, pid)
    return "%s daemon.%s %s[%d]: " % (t_logread(), pick(["notice", "err", "info"]), prog, pid)


NTP_PERSONAL = [
    lambda: f"{ntp_pre()}{K('Listen normally on')} {R.randint(2, 9)} {pick(['lo', 'eth0', 'wlan0', 'br-lan'])} {IPL(pick(['127.0.0.1', priv4()]))}:123",
    lambda: f"{ntp_pre()}{K('Listen normally on')} {R.randint(2, 9)} {pick(['eth0', 'wlan0'])} [{I('fe80::%s:%s:%s:%s' % (h4(), h4(), h4(), h4()))}%{R.randint(2, 4)}]:123",
    lambda: f"{ntp_pre()}{K('Listen normally on')} {R.randint(2, 9)} lo [{V('::1')}]:123",
    lambda: f"{ntp_pre()}{K('Soliciting pool server')} {I(pub4())}",
    lambda: f"{ntp_pre()}{K('synchronized to')} {I(pub4())}, stratum {R.randint(1, 4)}",
    lambda: f"{ntp_pre()}{K('peer')} {I(pick([pub4(), ip6()]))} now {pick(['valid', 'invalid'])}",
    lambda: f"{ntp_pre()}{K('reply from')} {I(pub4())}: {pick(['not synced (alarm)', 'negative delay', 'offset %.6f delay %.6f' % (R.uniform(-0.01, 0.01), R.uniform(0, 0.2))])}, next query {R.randint(30, 3600)}s",
    lambda: f"{ntp_pre('ntpd')}ntpd: {K('reply from')} {I(pub4())}: offset:{R.uniform(-0.01, 0.01):+.6f} delay:{R.uniform(0, 0.2):.6f} status:0x{R.randint(0, 255):02x} strat:{R.randint(1, 4)} refid:0x{hexs(8)} rootdelay:{R.uniform(0, 0.1):.6f} reach:0x{R.randint(0, 255):02x}",
    lambda: f"{ntp_pre()}ntpd: {K('sending query to')} {I(pub4())}",
    lambda: f"{ntp_pre()}{K('receive: Unexpected origin timestamp')} 0x{hexs(8)}.{hexs(8)} does not match aorg {KV('0000000000.00000000')} from server@{I(pub4())} xmt 0x{hexs(8)}.{hexs(8)}",
    lambda: f"{ntp_pre()}{K('new interface(s) found')}: waking up resolver ({I(priv4())})" ,
    lambda: f"{ntp_pre()}{K('Deleting interface')} #{R.randint(2, 20)} {pick(['eth0', 'wlan0', 'ppp0'])}, {I(ip4())}#123, interface stats: received={R.randint(0, 9999)}, sent={R.randint(0, 9999)}, dropped=0, active_time={R.randint(1, 999999)} secs",
    lambda: f"{ntp_pre()}{I(pub4())} {K('local addr')} {I(priv4())} -> {I(pub4())}",
]
NTP_HARMLESS = [
    lambda: f"{ntp_pre()}{K('ntpd')} {KV(pick(['4.2.8p12@1.3728-o', '4.2.8p15@1.3728-o', '4.2.8p10@1.3728-o']))} {pick(['', 'Thu Oct 25 18:43:20 UTC 2018 ', 'Sat Oct  7 14:29:08 UTC 2017 '])}(1): Starting",
    lambda: f"{ntp_pre()}{K('Command line')}: {pick(['ntpd -g -q', 'ntpd -gq', 'ntpd -I wwan0 -d 99', '/usr/sbin/ntpd -p /var/run/ntpd.pid -g -u 105:111'])}",
    lambda: f"{ntp_pre()}{K('proto: precision')} = {R.uniform(0.05, 2):.3f} usec (-{R.randint(18, 24)})",
    lambda: f"{ntp_pre()}{K('Listening on routing socket')} on fd #{R.randint(18, 30)} for interface updates",
    lambda: f"{ntp_pre()}{K('kernel reports TIME_ERROR')}: 0x{pick(['41', '2041', '4041'])}: Clock Unsynchronized",
    lambda: f"{ntp_pre()}ntpd: {K('time set')} {R.uniform(-2, 2):+.6f} s",
    lambda: f"{ntp_pre()}{K('frequency file')} /var/lib/ntp/ntp.drift.TEMP: Permission denied",
    lambda: f"{ntp_pre()}{K('leapsecond file')} ('/usr/share/zoneinfo/leap-seconds.list'): {pick(['good hash signature', 'loaded, expire=2025-12-28T00:00:00Z last=2017-01-01T00:00:00Z ofs=37', 'will expire in less than 7 days'])}",
    lambda: f"{ntp_pre()}{K('ntp_io: estimated max descriptors')}: 1024, initial socket boundary: 16",
    lambda: f"{ntp_pre()}{K('adjtimex returned TIME_ERROR')}: No such file or directory",
    lambda: f"{ntp_pre()}{K('reply from')} : offset {R.uniform(-0.001, 0.001):.6f} delay {R.uniform(0.01, 0.02):.6f}, next query {R.randint(30, 34)}s",
    lambda: f"{ntp_pre()}{K('bad address')} '{pick(['0.openwrt.pool.ntp.org', '1.openwrt.pool.ntp.org', 'time.cloudflare.com'])}'",
    lambda: f"{ntp_pre()}{K('ntp engine exiting')}",
    lambda: f"{ntp_pre()}{K('clock is now')} {pick(['synced', 'unsynced'])}",
    lambda: f"{ntp_pre()}{K('config: keys not specified')}",
    lambda: f"{ntp_pre()}{K('statistics directory')} /var/log/ntpstats/ does not exist, ignoring",
    lambda: f"{rt_pre('daemon.notice', 'procd', pid=False)}/etc/rc.d/S98sysntpd: {K('setting up ntpd')}",
    lambda: f"{ntp_pre()}{K('switching to')} {pick(['chrony', 'systemd-timesyncd'])} disabled ntpd {R.randint(1, 9)} minutes ago",
]


# ==============================================================================================================
# netfilter LOG lines: UFW, UniFi USG/UDM, OpenWrt fw4 (MAC= carries dst MAC, src MAC and the EtherType)
# ==============================================================================================================
def fw_pre():
    r = R.random()
    if r < 0.4:
        return "%s %s kernel: %s " % (t_syslog(), pick(["localhost", "server01", "ubuntu", "vps1", "user"]), uptime())
    if r < 0.55:
        return "%s %s kernel: " % (t_syslog(), pick(["localhost", "server01"]))
    if r < 0.8:
        return "%s %s kernel: %s " % (t_syslog(), pick(["UDM-Pro", "USG", "UDR"]) + pick(["", " user.warn"]), uptime())
    return "%s kern.warn kernel: %s " % (t_logread(), uptime())


def fw_tag():
    return pick(["[UFW BLOCK]", "[UFW BLOCK]", "[UFW ALLOW]", "[UFW AUDIT]", "[UFW LIMIT BLOCK]", "[WAN_LOCAL-default-D]",
                 "[WAN_IN-4000-D]", "[LAN_IN-2000-A]", "[DNAT-br0]", "[WAN_LOCAL-3001-D]", "reject wan in: ",
                 "drop wan in: ", "[FW-A] "])


def fw_body(v6=False):
    proto = pick(["TCP", "UDP", "UDP", "ICMP", "TCP"])
    ins = pick(["eth0", "eth4", "eth8", "enp3s0", "br0", "pppoe-wan", "eth9"])
    outs = pick(["", "", "eth1", "ppp0", "br0"])
    if R.random() < (0.25 if not v6 else 0.6):
        mac_s = "MAC= "
    else:
        mac_s = "MAC=%s:%s:%s " % (M(mac(upper=False)), M(mac(upper=False)), "86:dd" if v6 else pick(["08:00", "08:00", "08:06"]))
    if v6:
        src, dst = I(ip6()), I(pick([ip6(), "ff02:0000:0000:0000:0000:0000:0000:00fb", "ff15:0000:0000:0000:0000:0000:efc0:988f"]))
        mid = "LEN=%d TC=0 HOPLIMIT=%d FLOWLBL=%d " % (R.randint(60, 1500), pick([1, 64, 255]), R.randint(0, 999999))
    else:
        src, dst = I(ip4()), I(pick([ip4(), ip4(), "224.0.0.1", "239.255.255.250"]))
        mid = "LEN=%d TOS=0x%02X PREC=0x%02X TTL=%d ID=%d %s" % (R.randint(28, 1500), pick([0, 8, 0x28]), pick([0, 0x40, 0xC0]),
                                                               pick([1, 44, 52, 64, 108, 128, 240, 245]), R.randint(0, 65535), pick(["DF ", ""]))
    tail = ""
    if proto == "TCP":
        tail = "PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 %s URGP=0 " % (R.randint(1024, 65535), pick([22, 23, 80, 443, 445, 3389, 5060, 8080, 10077, 7547]),
                                                                       pick([1024, 8192, 29200, 64240, 65535]), pick(["SYN", "ACK PSH", "CWR ECE SYN", "ACK FIN", "RST"]))
    elif proto == "UDP":
        tail = "PROTO=UDP SPT=%d DPT=%d LEN=%d " % (R.randint(1024, 65535), pick([53, 123, 161, 1900, 5060, 5353, 6771, 51820]), R.randint(8, 512))
    else:
        tail = "PROTO=ICMP TYPE=%d CODE=0 ID=%d SEQ=%d " % (pick([8, 3, 11]), R.randint(1, 65535), R.randint(1, 999))
    return "IN=%s OUT=%s %sSRC=%s DST=%s %s%s" % (ins, outs, mac_s, src, dst, mid, K(tail.split()[0]) + " " + " ".join(tail.split()[1:]) + " ")


FW_PERSONAL = [
    lambda: f"{fw_pre()}{K(fw_tag())} {fw_body()}".rstrip(),
    lambda: f"{fw_pre()}{K(fw_tag())} {fw_body()}".rstrip(),
    lambda: f"{fw_pre()}{K(fw_tag())}{fw_body()}".rstrip(),
    lambda: f"{fw_pre()}{K(fw_tag())} {fw_body(v6=True)}".rstrip(),
    lambda: f"{fw_pre()}{K(fw_tag())} {fw_body()}".rstrip(),
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('fail2ban.actions')}[{R.randint(300, 32000)}]: NOTICE [{pick(['sshd', 'asterisk', 'postfix'])}] Ban {I(pub4())}",
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('ufw')}[{R.randint(300, 32000)}]: rule added: allow from {I(ip4())} to any port {pick([5060, 22, 443])}",
]
FW_HARMLESS = [
    lambda: f"{fw_pre()}{K('nf_conntrack')}: nf_conntrack: table full, dropping packet",
    lambda: f"{fw_pre()}{K('nf_conntrack version')} 0.5.0 ({pick([16384, 65536])} buckets, {pick([65536, 262144])} max)",
    lambda: f"{fw_pre()}{K('ip_tables')}: (C) 2000-2006 Netfilter Core Team",
    lambda: f"{fw_pre()}{K('ctnetlink')} v0.93: registering with nfnetlink.",
    lambda: f"{fw_pre()}{K('Ebtables')} v2.0 registered",
    lambda: f"{fw_pre()}{K('ip_set')}: protocol {R.randint(6, 7)}",
    lambda: f"{fw_pre()}{K('PPP MPPE Compression module registered')}",
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('ufw')}[{R.randint(300, 32000)}]: Firewall is active and enabled on system startup",
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('ufw-init')}[{R.randint(300, 32000)}]: {pick(['Starting firewall: ufw... done.', 'Logging level set to low', 'Skipping IPv6 (not enabled)'])}",
    lambda: f"{fw_pre()}{K('NET: Registered protocol family')} {pick([10, 17, 24, 38])}",
    lambda: f"{fw_pre()}{K('l2tp_core')}: L2TP core driver, V2.0",
    lambda: f"{fw_pre()}{K('wireguard')}: WireGuard {pick(['1.0.0', '0.0.20171017', '1.0.20220627'])} loaded. See www.wireguard.com for information.",
    lambda: f"{fw_pre()}{K('dnsfilter')}: port {R.randint(1, 4)}(dnsfilter-{R.randint(0, 3)}) entered {pick(['blocking', 'forwarding', 'disabled'])} state",
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('fail2ban.filter')}[{R.randint(300, 32000)}]: INFO [{pick(['sshd', 'asterisk'])}] Added logfile: '{pick(['/var/log/auth.log', '/var/log/asterisk/messages', '/var/log/asterisk/security'])}'",
    lambda: f"{t_syslog()} {pick(['vps1', 'server01'])} {K('fail2ban.jail')}[{R.randint(300, 32000)}]: INFO Jail '{pick(['sshd', 'asterisk', 'postfix-sasl'])}' started",
]


# ==============================================================================================================
# DECT: libdect debug output (S-format IE dumps, LCE), CMBS host-side event names, SIP-DECT OMM style events
# ==============================================================================================================
DECT_MSGS = ["CC-SETUP", "CC-ALERTING", "CC-CALL-PROC", "CC-CONNECT", "CC-CONNECT-ACK", "CC-RELEASE", "CC-RELEASE-COM",
             "CC-INFO", "MM-ACCESS-RIGHTS-REQUEST", "MM-ACCESS-RIGHTS-ACCEPT", "MM-LOCATE-REQUEST", "MM-LOCATE-ACCEPT",
             "MM-AUTHENTICATION-REQUEST", "MM-AUTHENTICATION-REPLY", "MM-INFO-SUGGEST", "CLMS-VARIABLE"]
DECT_IES = ["PORTABLE-IDENTITY", "FIXED-IDENTITY", "BASIC-SERVICE", "CALLING-PARTY-NUMBER", "CALLING-PARTY-NAME",
            "CALLED-PARTY-NUMBER", "MULTI-DISPLAY", "MULTI-KEYPAD", "SIGNAL", "RELEASE-REASON", "IWU-ATTRIBUTES",
            "TERMINAL-CAPABILITY", "AUTH-TYPE", "RAND", "RES", "CIPHER-INFO", "PROGRESS-INDICATOR", "TIME-DATE",
            "ESCAPE-TO-PROPRIETARY", "SETUP-CAPABILITY", "MODEL-IDENTIFIER"]


def dect_pre():
    r = R.random()
    if r < 0.4:
        return "\t"
    if r < 0.6:
        return "%s " % t_clock()
    if r < 0.8:
        return "[%s] " % t_iso(3)
    return "%s dect[%d]: " % (t_syslog(), R.randint(100, 9000))


DECT_PERSONAL = [
    lambda: f"{dect_pre()}{K('Address:')} {P(sip_user_number())}",
    lambda: f"{dect_pre()}{K('Name:')} {N(name())}",
    lambda: f"{dect_pre()}{K('Address:')} {P(phone(pick(['run10', 'run11', 'e164', 'intl_e164'])))}",
    lambda: f"{dect_pre()}{K('CMBS_EV_DCM_CALL_ESTABLISH')}: calling party '{P(sip_user_number())}' name '{N(name())}' line {R.randint(0, 3)} hs {R.randint(1, 6)}",
    lambda: f"{dect_pre()}{K('CMBS_EV_DSR_HS_REGISTERED')}: handset {R.randint(1, 6)} registered IPEI {D(ipei())}",
    lambda: f"{dect_pre()}OMM: PP {R.randint(1, 60)} ({K('IPEI')} {D(ipei())}) subscribed, number {ext()}",
    lambda: f"{dect_pre()}OMM: {K('PP login')} IPEI {D(ipei())} user {ext()} on RFP {R.randint(0, 40)}",
    lambda: f"{dect_pre()}{K('CLIP')}: {P(sip_user_number())} CNIP: {N(name())} (presentation allowed)",
    lambda: f"{dect_pre()}hs {R.randint(1, 6)}: {K('incoming call')} from {P(phone())} \"{N(name())}\" -> ring pattern {R.randint(0, 7)}",
    lambda: f"{dect_pre()}hs {R.randint(1, 6)}: {K('dialed')} {P(phone(pick(['run10', 'run11', 'e164', 'dash'])))} on line {R.randint(1, 2)}",
    lambda: f"{dect_pre()}{K('CALLER LIST')} entry {R.randint(0, 50)}: {N(name())} {P(phone())} {t_iso()} missed",
    lambda: f"{dect_pre()}{K('PHONEBOOK')} sync: \"{N(name())}\" mobile {P(phone())} home {P(phone())}",
    lambda: f"{dect_pre()}{K('CMBS_EV_DSR_HS_IN_RANGE')}: handset {R.randint(1, 6)} IPUI {D(ipei())} in range",
]
DECT_HARMLESS = [
    lambda: f"{dect_pre()}{pick(['recv', 'send', 'CC: recv', 'MM: send', 'LCE: recv'])} {{{K(pick(DECT_MSGS))}}} message",
    lambda: f"  {K('IE:')} <<{pick(DECT_IES)}>> id: {hexs(R.randint(1, 2))} len: {R.randint(1, 40)} dst: {ptr()}",
    lambda: f"  {K('IE:')} <<{pick(DECT_IES)}>> id: {hexs(R.randint(1, 2))} len: {R.randint(0, 2)} (empty)",
    lambda: f"{dect_pre()}{K(pick(['Number type:', 'Numbering Plan:']))} {pick(['National number', 'International number', 'Unknown', 'ISDN/telephony plan E.164', 'Private plan'])}",
    lambda: f"{dect_pre()}{K('Presentation indicator:')} {pick(['Presentation allowed', 'Presentation restricted', 'Name/Number not available', 'Handset locator'])}",
    lambda: f"{dect_pre()}{K('Screening indicator:')} {pick(['User-provided, not screened', 'User-provided, verified and passed', 'Network provided'])}",
    lambda: f"{dect_pre()}{K('Used alphabet:')} {pick(['DECT standard', 'UTF-8', 'Network specific'])}",
    lambda: f"{dect_pre()}{K('call class:')} {pick(['normal call', 'internal call', 'message call', 'emergency call', 'service call'])}",
    lambda: f"{dect_pre()}{K('service:')} {pick(['basic speech default setup', 'DECT GSM IWP profile', 'wideband speech', 'light data services'])}",
    lambda: f"{dect_pre()}{K('release reason:')} {pick(['normal', 'unexpected message', 'unknown transaction identifier', 'user not known', 'timer expiry', 'insufficient resources'])}",
    lambda: f"{dect_pre()}{K('LCE_GROUP_RING-ind')}: pattern: {R.randint(0, 15):x}",
    lambda: f"{dect_pre()}{K('set default PMID')}: {hexs(5)}",
    lambda: f"{dect_pre()}{K('short page')}: w: {R.randint(0, 1)} hdr: {R.randint(0, 7)} information: {hexs(4)}",
    lambda: f"{dect_pre()}{K('full page')}: w: {R.randint(0, 1)} hdr: {R.randint(0, 7)} information: {hexs(8)}",
    lambda: f"{dect_pre()}{K('authentication algorithm:')} {pick(['DSAA', 'DSAA2', 'proprietary'])}",
    lambda: f"{dect_pre()}{K('value:')} {hexs(16)}",
    lambda: f"{dect_pre()}link {R.randint(1, 12)} ({pick(['LCE', 'CC', 'MM'])}): {K(pick(['established', 'release pending', 'released', 'partial link', 'link maintenance']))}",
    lambda: f"{dect_pre()}{K('display lines:')} {R.randint(1, 8)} display columns: {pick([16, 20, 24])}",
    lambda: f"{dect_pre()}{K(pick(['CMBS_EV_DSR_HS_PAGE_START', 'CMBS_EV_DSR_HS_PAGE_STOP_RES', 'CMBS_EV_DSR_HS_SUBSCRIBED_LIST_GET_RES', 'CMBS_EV_DCM_CALL_RELEASECOMPLETE', 'CMBS_EV_DSR_CORD_OPENREG_RES', 'CMBS_EV_DSR_SYS_START_RES']))} status {pick(['OK', 'FAIL'])}",
    lambda: f"{dect_pre()}{K('OMM')}: RFP {R.randint(0, 40)} {pick(['synchronized', 'lost sync', 'connected', 'software update started'])} (cluster {R.randint(1, 4)})",
    lambda: f"{dect_pre()}{K('Date:')} {R.randint(1, 2)}{R.randint(0, 9)}.{R.randint(0, 1)}{R.randint(0, 9)}.20{R.randint(20, 25)}",
]


# ==============================================================================================================
# Mail servers (postfix as syslog writes it); the hub mails voicemail and missed-call notices
# ==============================================================================================================
def pf_pre(daemon):
    return "%s %s postfix/%s[%d]: " % (t_syslog(), pick(["mail", "mx1", "localhost", "hub", "relay01"]), daemon, R.randint(300, 99999))


def qid():
    return hexs(pick([7, 9, 10, 11]), upper=True)


def mxhost():
    return pick(["mx.example.net", "mail1.example.net", "mx4.hotmail.example", "aspmx.l.example.com",
                 "smtp.relay.example.org", "gmail-smtp-in.l.example.com"])


PF_PERSONAL = [
    lambda: f"{pf_pre('smtp')}{qid()}: {K('to=')}<{E(email())}>, relay={mxhost()}[{I(pub4())}]:25, delay={R.uniform(0.1, 20):.1f}, delays={R.uniform(0, 5):.1f}/{R.uniform(0, 1):.2f}/{R.uniform(0, 5):.1f}/{R.uniform(0, 5):.1f}, dsn={K('2.0.0')}, status=sent (250 2.0.0 Ok: queued as {qid()})",
    lambda: f"{pf_pre('smtp')}{qid()}: to=<{E(email())}>, orig_to=<{E(email())}>, relay={mxhost()}[{I(ip4())}]:25, delay={R.randint(1, 40)}, delays={R.uniform(0, 5):.1f}/0.06/{R.uniform(0, 5):.1f}/0.03, {K('dsn=2.0.0')}, status=sent (250 2.0.0 Ok: queued as {qid()})",
    lambda: f"{pf_pre('smtp')}{qid()}: to=<{E(email())}>, relay=none, delay={R.randint(1, 9000)}, delays={R.randint(1, 9000)}/0/30/0, {K('dsn=4.4.1')}, status=deferred (connect to {mxhost()}[{I(pub4())}]:25: Connection timed out)",
    lambda: f"{pf_pre('smtp')}{qid()}: to=<{E(email())}>, relay={mxhost()}[{I(pub4())}]:25, delay=0.9, delays=0.1/0/0.5/0.3, {K('dsn=5.1.1')}, status=bounced (host {mxhost()}[{I(pub4())}] said: 550 5.1.1 <{E(email())}>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
    lambda: f"{pf_pre('qmgr')}{qid()}: {K('from=')}<{E(email())}>, size={R.randint(400, 90000)}, nrcpt={R.randint(1, 3)} (queue active)",
    lambda: f"{pf_pre('smtpd')}{K('connect from')} {pick(['unknown', mxhost()])}[{I(pub4())}]",
    lambda: f"{pf_pre('smtpd')}{K('disconnect from')} {pick(['unknown', mxhost()])}[{I(pub4())}] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5",
    lambda: f"{pf_pre('smtpd')}{qid()}: {K('client=')}{pick(['unknown', mxhost()])}[{I(ip4())}]",
    lambda: f"{pf_pre('smtpd')}{K('NOQUEUE: reject')}: RCPT from unknown[{I(pub4())}]: 554 5.7.1 <{E(email())}>: Relay access denied; from=<{E(email())}> to=<{E(email())}> proto=ESMTP helo=<{pick(['example.invalid', 'ecsolved.example', 'localhost'])}>",
    lambda: f"{pf_pre('smtpd')}{K('lost connection after')} {pick(['STARTTLS', 'AUTH', 'EHLO', 'CONNECT'])} from unknown[{I(pub4())}]",
    lambda: f"{pf_pre('smtpd')}{K('warning')}: hostname {pick(['exemple.example', 'mail.example.org'])} does not resolve to address {I(pub4())}",
    lambda: f"{pf_pre('smtp')}{K('Untrusted TLS connection established')} to {mxhost()}[{I(pub4())}]:25: TLSv1.{pick([2, 3])} with cipher {pick(['ECDHE-RSA-AES256-SHA384 (256/256 bits)', 'TLS_AES_256_GCM_SHA384 (256/256 bits)', 'AECDH-AES256-SHA (256/256 bits)'])}",
    lambda: f"{pf_pre('smtp')}{K('connect to')} {mxhost()}[{I(ip6())}]:25: Network is unreachable",
    lambda: f"{pf_pre('anvil')}{K('statistics')}: max connection {pick(['rate 1/60s', 'count 1'])} for (smtp:{I(pub4())}) at {t_syslog()}",
    lambda: f"{pf_pre('smtpd')}{K('warning')}: unknown[{I(pub4())}]: SASL LOGIN authentication failed: {pick(['authentication failure', 'UGFzc3dvcmQ6'])}, sasl_username={E(email())}",
    lambda: f"{pf_pre('cleanup')}{qid()}: {K('info')}: header Subject: Voicemail from {N(name())} <{P(phone())}> from local; from=<{E(email())}>",
    lambda: f"{pf_pre('smtp')}{qid()}: host {mxhost()}[{I(pub4())}] said: {K('452 4.2.2')} Mailbox full (in reply to RCPT TO command)",
]
PF_HARMLESS = [
    lambda: f"{pf_pre('qmgr')}{qid()}: {K('removed')}",
    lambda: f"{pf_pre('qmgr')}{qid()}: {K('from=<>')}, size={R.randint(400, 9000)}, nrcpt=1 (queue active)",
    lambda: f"{pf_pre('master')}{K('daemon started')} -- version {pick(['3.6.4', '3.7.6', '3.5.18', '2.11.3'])}, configuration /etc/postfix",
    lambda: f"{pf_pre('postfix-script')}{K(pick(['starting the Postfix mail system', 'stopping the Postfix mail system', 'refreshing the Postfix mail system']))}",
    lambda: f"{pf_pre('pickup')}{qid()}: {K('uid=')}{pick([0, 33, 1000, 998])} from=<{pick(['root', 'asterisk', 'www-data'])}>",
    lambda: f"{pf_pre('bounce')}{qid()}: {K('sender non-delivery notification')}: {qid()}",
    lambda: f"{pf_pre('smtp')}{K('warning')}: TLS library problem: error:0A000086:SSL routines::certificate verify failed",
    lambda: f"{pf_pre('smtpd')}{K('warning')}: {pick(['dict_nis_init: NIS domain name not set - NIS lookups disabled', 'hostname localhost does not resolve to address ::1', 'Connection concurrency limit exceeded: 51'])}",
    lambda: f"{pf_pre('smtp')}{K('connect to')} {mxhost()}:25: {pick(['Connection refused', 'Connection timed out'])}",
    lambda: f"{pf_pre('qmgr')}{qid()}: {K('status=expired')}, returned to sender",
    lambda: f"{pf_pre('scache')}{K('statistics')}: start interval {t_syslog()}",
    lambda: f"{pf_pre('scache')}{K('statistics')}: domain lookup hits={R.randint(0, 99)} miss={R.randint(0, 99)} success={R.randint(0, 100)}%",
    lambda: f"{pf_pre('tlsmgr')}{K('warning')}: request to update table btree:/var/lib/postfix/smtpd_scache in non-postfix directory /var/lib/postfix",
    lambda: f"{pf_pre('postqueue')}{K('warning')}: Mail system is down -- accessing queue directly",
    lambda: f"{pf_pre('smtp')}{qid()}: {K('conversation with')} {mxhost()} timed out while receiving the initial server greeting",
    lambda: f"{pf_pre('local')}{qid()}: {K('status=sent')} (delivered to command: /usr/sbin/vm-notify)" ,
]


# ==============================================================================================================
# PIDF-LO location objects (RFC 4119 / 5139 / 5491) as they appear in 911 INVITE bodies and in geolocation logs
# ==============================================================================================================
CONF_TAG = '<con:confidence pdf="normal">'
NAM_SHOP = "Joe's Barbershop"


def civic():
    hno = str(R.randint(1, 9999))
    rd, sts = pick([s for s in STREETS if s[1]])
    city, state, pc = pick(CITIES)
    return hno, rd, sts, city, state, pc


PIDF_PERSONAL = [
    lambda: f"<{K('ca:A3')}>{A(pick(CITIES)[0])}</ca:A3>",
    lambda: f"<{K('ca:RD')}>{A(pick(STREETS)[0])}</ca:RD>",
    lambda: f"<{K('ca:HNO')}>{A(str(R.randint(1, 9999)))}</ca:HNO>",
    lambda: f"<{K('ca:PC')}>{A(pick(CITIES)[2])}</ca:PC>",
    lambda: f"<{K('ca:STS')}>{A(pick(['Street', 'Avenue', 'Ave', 'Blvd', 'Drive', 'Lane', 'Road', 'Court', 'Way']))}</ca:STS>",
    lambda: f"<{K('ca:HNS')}>{A(pick(['B', '1/2', 'R', 'D']))}</ca:HNS>",
    lambda: f"<{K('ca:PRD')}>{A(pick(['W', 'E', 'NW', 'SW']))}</ca:PRD>",
    lambda: f"<{K('ca:POD')}>{A(pick(['W', 'NE', 'SW', 'E']))}</ca:POD>",
    lambda: f"<{K('ca:A4')}>{A(pick(['Manhattan', 'Willow Glen', 'Hyde Park', 'Capitol Hill', 'Mission District']))}</ca:A4>",
    lambda: f"<{K('ca:A5')}>{A(pick(['Morningside Heights', 'Rose Garden', 'Little Italy', 'Block 12']))}</ca:A5>",
    lambda: f"<{K('ca:A6')}>{A(pick(STREETS)[0])}</ca:A6>",
    lambda: f"<{K('ca:LOC')}>{A(pick(['Apt 4B', 'Room 543', 'Unit 12', 'Rear entrance', 'Suite 210', 'Basement']))}</ca:LOC>",
    lambda: f"<{K('ca:FLR')}>{A(str(R.randint(1, 40)))}</ca:FLR>",
    lambda: f"<{K('ca:NAM')}>{A(pick([name(), name(), NAM_SHOP, last() + ' Residence']))}</ca:NAM>",
    lambda: f"<{K('ca:ADDCODE')}>{A(str(R.randint(10 ** 10, 10 ** 11 - 1)))}</ca:ADDCODE>",
    lambda: f"<{K('gml:pos')}>{A('%.6f %.6f' % (R.uniform(25, 49), R.uniform(-124, -67)))}</gml:pos>",
    lambda: f"<{K('gml:pos')}>{A('%.5f %.5f' % (R.uniform(-44, -10), R.uniform(113, 154)))}</gml:pos>",
    lambda: f"<{K('gml:pos')}>{A('%.4f %.4f %.1f' % (R.uniform(25, 49), R.uniform(-124, -67), R.uniform(0, 300)))}</gml:pos>",
    lambda: f'<presence {K("entity=")}"pres:{E(email())}"',
    lambda: f"<{K('dm:deviceID')}>mac:{M(mac(sep='', upper=False))}</dm:deviceID>",
    lambda: (lambda c: f'<ca:civicAddress xml:lang="en-US"><ca:country>US</ca:country><{K("ca:A1")}>{c[4]}</ca:A1><ca:A3>{A(c[3])}</ca:A3><ca:RD>{A(c[1])}</ca:RD><ca:STS>{A(c[2])}</ca:STS><ca:HNO>{A(c[0])}</ca:HNO><ca:PC>{A(c[5])}</ca:PC></ca:civicAddress>')(civic()),
    lambda: (lambda c: f"<ca:civicAddress><ca:country>US</ca:country><ca:A1>{c[4]}</ca:A1><ca:A3>{A(c[3])}</ca:A3><ca:PRD>{A(pick(['W', 'E']))}</ca:PRD><ca:RD>{A(c[1])}</ca:RD><ca:HNO>{A(c[0])}</ca:HNO><ca:LOC>{A(pick(['Apt 4B', 'Unit 12', 'Suite 210']))}</ca:LOC><ca:FLR>{A(str(R.randint(2, 30)))}</ca:FLR><{K('ca:PC')}>{A(c[5])}</ca:PC></ca:civicAddress>")(civic()),
    lambda: (lambda c: f'{K("location_info")} = country=US, A1="{c[4]}", A3="{A(c[3])}", HNO={A(c[0])}, RD={A(c[1])}, STS={A(c[2])}, PC={A(c[5])}')(civic()),
    lambda: f"{K('location_refinement')} = FLR={A(str(R.randint(2, 40)))}, ROOM={A(pick(['4B20', '32A6', '210', '12a']))}",
    lambda: f'<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>{A("%.6f %.6f" % (R.uniform(25, 49), R.uniform(-124, -67)))}</gml:pos></gml:Point>{K(CONF_TAG)}{R.randint(60, 95)}</con:confidence>',
    lambda: f'<gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>{A("%.5f %.5f" % (R.uniform(25, 49), R.uniform(-124, -67)))}</gml:pos><{K("gs:radius")} uom="urn:ogc:def:uom:EPSG::9001">{R.randint(5, 800)}</gs:radius></gs:Circle>',
    lambda: f"{K('Geolocation-Routing:')} yes; location: {A(street_addr(False))}, {pick(CITIES)[0]}",
]
PIDF_HARMLESS = [
    lambda: K('<?xml version="1.0" encoding="UTF-8"?>'),
    lambda: K(pick(['    xmlns="urn:ietf:params:xml:ns:pidf"', '    xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"',
                    '    xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"', '    xmlns:gbp="urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy"',
                    '    xmlns:gml="http://www.opengis.net/gml"', '    xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"',
                    '    xmlns:con="urn:ietf:params:xml:ns:geopriv:conf"', '    xmlns:gs="http://www.opengis.net/pidflo/1.0">'])),
    lambda: f"<{K('ca:A1')}>{pick(['CA', 'NY', 'TX', 'California', 'New York', 'ON', 'WA'])}</ca:A1>",
    lambda: f"<{K('ca:country')}>{pick(['US', 'CA', 'GB', 'DE', 'AU'])}</ca:country>",
    lambda: f"<{K('gp:method')}>{pick(['Manual', 'GPS', 'DHCP', 'Wiremap', 'Cell', 'manual', 'Derived'])}</gp:method>",
    lambda: f"<{K('gbp:retransmission-allowed')}>{pick(['no', 'yes'])}</gbp:retransmission-allowed>",
    lambda: f"<{K('gbp:retention-expiry')}>{t_iso(0, 'T')}Z</gbp:retention-expiry>",
    lambda: f"<{K('timestamp')}>{t_iso(0, 'T')}Z</timestamp>",
    lambda: f"<{K('dm:timestamp')}>{t_iso(0, 'T')}Z</dm:timestamp>",
    lambda: f'<{K("con:confidence")} pdf="{pick(["normal", "rectangular", "unknown"])}">{R.randint(50, 95)}</con:confidence>',
    lambda: f'<{K("gml:Point")} srsName="urn:ogc:def:crs:EPSG::{pick([4326, 4979])}">',
    lambda: f'<{K("gs:radius")} uom="urn:ogc:def:uom:EPSG::9001">{R.randint(5, 1000)}</gs:radius>',
    lambda: f'<{K("tuple id=")}"{pick(["point-2d", "civic", "loc1", alnum(8)])}">',
    lambda: K(pick(["<gp:geopriv>", "</gp:geopriv>", "<gp:location-info>", "</gp:location-info>", "<gp:usage-rules>",
                    "</gp:usage-rules>", "<status>", "</status>", "</tuple>", "</presence>", "<dm:device>", "</dm:device>",
                    "</ca:civicAddress>", "</gml:Point>", "<gp:note-well>", "</gp:note-well>", "</gs:Circle>"])),
    lambda: f'<ca:civicAddress {K("xml:lang=")}"{pick(["en-US", "en-AU", "en", "fr-CA"])}">',
    lambda: f"{K('Geolocation-Routing:')} {pick(['yes', 'no'])}",
    lambda: f"{K('Content-Type:')} application/pidf+xml",
    lambda: f"{K('Content-ID:')} <{V(pick([alnum(12), uuid()]) + '@' + pick(SIP_HOSTS))}>",
    lambda: f"{K('format')} = {pick(['civicAddress', 'GML', 'URI'])}",
    lambda: f"{K('method')} = {pick(['Manual', 'GPS', 'DHCP'])}",
    lambda: f"{K('location_source')} = {pick(SIP_HOSTS)}",
    lambda: f"{K('pidf_element')} = {pick(['tuple', 'device', 'person'])}",
    lambda: f"{K('type')} = {pick(['location', 'profile'])}",
]


# ==============================================================================================================
# Support tickets and diagnostic free text (names, numbers and addresses in running text)
# ==============================================================================================================
def tk_pre():
    r = R.random()
    if r < 0.3:
        return ""
    if r < 0.55:
        return "%s ticket #%d: " % (t_iso(), R.randint(100000, 9999999))
    if r < 0.75:
        return "diag: user note: "
    if r < 0.9:
        return "[%s] support: " % t_iso()
    return "Comment from customer: "


def sentence_end():
    return pick([".", "!", "", " please.", ", thanks."])


TK_PERSONAL = [
    lambda: f"{tk_pre()}Hi, {K('my name is')} {N(name())} and my phone stopped ringing yesterday{sentence_end()}",
    lambda: f"{tk_pre()}My name is {N(name())}, {K('account holder')}; the base shows a red light{sentence_end()}",
    lambda: f"{tk_pre()}Please {K('call')} {N(name())} at {P(phone())} after {R.randint(1, 9)}pm{sentence_end()}",
    lambda: f"{tk_pre()}{K('Call me at')} {P(phone())}, I can't receive emails right now{sentence_end()}",
    lambda: f"{tk_pre()}You can {K('reach me')} at {P(phone())} or {E(email())}{sentence_end()}",
    lambda: (lambda c: f"{tk_pre()}{K('I live at')} {A(street_addr())}, {c[1]} {A(c[2])} and the 911 address on file is wrong{sentence_end()}")(pick(CITIES)),
    lambda: f"{tk_pre()}{K('Contact:')} {N(name())}, {E(email())}",
    lambda: f"{tk_pre()}Contact: {N(name())} {P(phone())} ({K('preferred')})",
    lambda: f"{tk_pre()}{K('Regards,')} {N(first())}",
    lambda: f"{tk_pre()}Thanks, {N(name())} ({K('customer')})",
    lambda: f"{tk_pre()}Customer {N(name())} reports {K('one-way audio')} on outbound calls since the update{sentence_end()}",
    lambda: f"{tk_pre()}{K('Spoke with')} {N(name())}; callback number {P(phone())}{sentence_end()}",
    lambda: f"{tk_pre()}My wife {N(name())} answers the phone at home, she says the line {K('drops')} after a minute{sentence_end()}",
    lambda: f"{tk_pre()}{K('Charged twice')} on card {C(card())}, please refund one of them{sentence_end()}",
    lambda: f"{tk_pre()}{K('SSN')} on file: {S(ssn())}",
    lambda: f"{tk_pre()}For verification my {K('social')} is {S(ssn())} and my date of birth is on the account{sentence_end()}",
    lambda: f"{tk_pre()}His name is Mr. {N(last())} and his {K('phone number is')} {P(phone())}{sentence_end()}",
    lambda: f"{tk_pre()}{K('New address')}: {A(street_addr())}, {pick(CITIES)[0]} {pick(CITIES)[1]} {A(pick(CITIES)[2])}",
    lambda: f"{tk_pre()}{K('Forward calls to')} my cell {P(phone())} when the hub is offline{sentence_end()}",
    lambda: f"{tk_pre()}This is {N(name())}, {K('please call me back')} at {P(phone())}{sentence_end()}",
    lambda: f"{tk_pre()}{K('Caller')} {N(name())} ({P(phone())}) says the porting request is stuck{sentence_end()}",
    lambda: f"{tk_pre()}Email {E(email())} {K('bounced')} when I tried to send the voicemail{sentence_end()}",
    lambda: f"{tk_pre()}{K('Emergency address')} should be {A(street_addr(True))}, {A(pick(CITIES)[2])}{sentence_end()}",
    lambda: f"{tk_pre()}{K('I moved to')} {A(street_addr())} last month, please update 911{sentence_end()}",
    lambda: f"{tk_pre()}{K('Router')} WAN IP is {I(pub4())} and the hub gets {I(priv4())}{sentence_end()}",
    lambda: f"{tk_pre()}{K('MAC')} of the hub is {M(mac(sep=pick([':', '-'])))} if that helps{sentence_end()}",
    lambda: f"{tk_pre()}Dear {N(name())}, {K('your ticket')} has been updated{sentence_end()}",
]
TK_PERSONAL += [
    lambda: f"{tk_pre()}{K('Autopay card')} {C(card())} expires {R.randint(1, 12):02d}/{R.randint(25, 31)}{sentence_end()}",
    lambda: f"{tk_pre()}Please update the card on file to {C(card())}, {K('billing zip')} {A(pick(CITIES)[2])}{sentence_end()}",
    lambda: f"{tk_pre()}{K('Verified')} caller with last name {N(last())} and SSN {S(ssn())}{sentence_end()}",
    lambda: f"{tk_pre()}My mother's number is {P(phone())} and mine is {P(phone())}, {K('both lines')} ring at once{sentence_end()}",
    lambda: f"{tk_pre()}{K('Port out')} request for {P(phone())} to another carrier, authorized by {N(name())}{sentence_end()}",
    lambda: f"{tk_pre()}{K('Text me')} at {P(phone())} when the technician is on the way{sentence_end()}",
    lambda: f"{tk_pre()}{K('Send the new hub')} to {A(street_addr())}, {pick(CITIES)[0]}, {pick(CITIES)[1]} {A(pick(CITIES)[2])}{sentence_end()}",
]

TK_HARMLESS = [
    lambda: f"{tk_pre()}{K('Firmware')} {KV(pick(['2.4.1.7', '4.2.0.11', '5.0.0.87', '3.1.14.2']))} installed, hub rebooted at {t_clock(False)}{sentence_end()}",
    lambda: f"{tk_pre()}{K('Ticket')} {R.randint(100000, 9999999)} escalated to tier {R.randint(2, 3)}{sentence_end()}",
    lambda: f"{tk_pre()}Customer reports {K('echo')} on calls; MOS {R.uniform(2.5, 4.4):.1f}, jitter {R.randint(1, 90)} ms, loss {R.uniform(0, 5):.1f}%{sentence_end()}",
    lambda: f"{tk_pre()}{K('Dial tone')} present on both lines, port {R.randint(1, 2)} FXS OK{sentence_end()}",
    lambda: f"{tk_pre()}{K('Called back')} twice, no answer; left voicemail{sentence_end()}",
    lambda: f"{tk_pre()}{K('Bill')} shows {R.randint(2, 4)} lines but only 1 is active{sentence_end()}",
    lambda: f"{tk_pre()}{K('Mark')} the ticket resolved if no reply in {R.randint(2, 14)} days{sentence_end()}",
    lambda: f"{tk_pre()}{K('Grace')} period extended for {pick([7, 14, 30])} days{sentence_end()}",
    lambda: f"{tk_pre()}{K('Will')} ship a replacement base unit, RMA {R.randint(10 ** 6, 10 ** 8)}{sentence_end()}",
    lambda: f"{tk_pre()}{K('Regards, Support Team')}",
    lambda: f"{tk_pre()}{K('Thanks,')} the {pick(['Support', 'Network Ops', 'Billing'])} team",
    lambda: f"{tk_pre()}{K('Caller ID')} shows {pick(['UNKNOWN', 'WIRELESS CALLER', 'Anonymous', 'TOLL FREE CALL'])} for every incoming call{sentence_end()}",
    lambda: f"{tk_pre()}{K('Hub')} model {pick(['HUB-200', 'HUB-210', 'Telo Air'])} serial {hexs(8, upper=True)} replaced under warranty{sentence_end()}",
    lambda: f"{tk_pre()}{K('Issue')} started after the {pick(['2024-03-02', '2023-11-19', '2025-01-07'])} update; no packet loss on the LAN{sentence_end()}",
    lambda: f"{tk_pre()}{K('Please call')} support back when the storm is over; the line is dead{sentence_end()}",
    lambda: f"{tk_pre()}My name is on the {K('account')} but my password doesn't work{sentence_end()}",
    lambda: f"{tk_pre()}{K('Contact')} preference: email{sentence_end()}",
    lambda: f"{tk_pre()}{K('DECT handset')} {R.randint(1, 5)} shows 'Searching' every evening around {R.randint(6, 11)} pm{sentence_end()}",
    lambda: f"{tk_pre()}{K('Speed test')}: {R.uniform(5, 900):.1f} Mbps down, {R.uniform(1, 40):.1f} Mbps up, {R.randint(5, 90)} ms ping{sentence_end()}",
    lambda: f"{tk_pre()}{K('Order')} {R.randint(10 ** 6, 10 ** 9)} shipped via {pick(['UPS', 'FedEx', 'USPS'])}, tracking {R.randint(10 ** 11, 10 ** 12)}",
    lambda: f"{tk_pre()}{K('Customer')} confirmed the fix, closing{sentence_end()}",
    lambda: f"{tk_pre()}{K('Dear customer')}, your ticket has been updated{sentence_end()}",
    lambda: f"{tk_pre()}Call {K('quality')} is fine on Wi-Fi calling but bad through the hub{sentence_end()}",
    lambda: f"{tk_pre()}{K('Reboot')} schedule set to {pick(['Sunday 03:00', 'daily 04:30', 'never'])}{sentence_end()}",
]


# ==============================================================================================================
# the corpus
# ==============================================================================================================
PLAN = [
    ("asterisk-verbose", 200, AST_PERSONAL, AST_HARMLESS, 0.5),
    ("asterisk-pjsip", 230, SIP_LINES, SIP_HARMLESS, 0.45),
    ("freeswitch", 130, FS_PERSONAL, FS_HARMLESS, 0.5),
    ("kamailio", 110, KAM_PERSONAL, KAM_HARMLESS, 0.5),
    ("pjsua", 100, PJ_PERSONAL, PJ_HARMLESS, 0.5),
    ("linphone", 95, LIN_PERSONAL, LIN_HARMLESS, 0.5),
    ("baresip", 90, BS_PERSONAL, BS_HARMLESS, 0.5),
    ("dnsmasq", 95, DNSMASQ_PERSONAL, DNSMASQ_HARMLESS, 0.45),
    ("udhcpc", 70, UDHCPC_PERSONAL, UDHCPC_HARMLESS, 0.45),
    ("openwrt", 95, OPENWRT_PERSONAL, OPENWRT_HARMLESS, 0.5),
    ("pppd", 75, PPP_PERSONAL, PPP_HARMLESS, 0.5),
    ("ntpd", 70, NTP_PERSONAL, NTP_HARMLESS, 0.5),
    ("iptables", 90, FW_PERSONAL, FW_HARMLESS, 0.4),
    ("dect", 75, DECT_PERSONAL, DECT_HARMLESS, 0.5),
    ("postfix", 85, PF_PERSONAL, PF_HARMLESS, 0.45),
    ("pidf-lo", 95, PIDF_PERSONAL, PIDF_HARMLESS, 0.45),
    ("support-ticket", 150, TK_PERSONAL, TK_HARMLESS, 0.45),
]


def main():
    for source, n, personal, harmless, p in PLAN:
        mix(source, n, personal, harmless, p)
    for i, row in enumerate(ROWS):
        row["id"] = "R%05d" % i
    out = os.path.join(HERE, "reallog.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    # summary on stderr: lines and harmless share per source, items per type
    by_src = {}
    types = {}
    for row in ROWS:
        s = by_src.setdefault(row["source"], [0, 0, 0])
        s[0] += 1
        s[1] += not row["pii"]
        s[2] += len(row["pii"])
        for p in row["pii"]:
            types[p["type"]] = types.get(p["type"], 0) + 1
    for src, (n, h, items) in by_src.items():
        print("%-18s %5d lines %5d harmless (%4.1f %%) %5d items" % (src, n, h, 100.0 * h / n, items), file=sys.stderr)
    harmless = sum(v[1] for v in by_src.values())
    print("total %d lines, %d harmless (%.1f %%), %d sources; items %s" % (
        len(ROWS), harmless, 100.0 * harmless / len(ROWS), len(by_src), dict(sorted(types.items()))), file=sys.stderr)


if __name__ == "__main__":
    main()
