# First screen of a TUI: wall time from fork to a marker being drawn, on a
# 120x40 pty that answers the background-colour query the way a terminal
# does. The marker defaults to briefing's status bar ('13/13 posts', the
# built-in briefing); --marker TEXT measures another program the same way,
# such as the hello-world yardstick in tools/hello the issue compares with:
#   go build -o /tmp/briefing . && N=15 python3 tools/firstscreen.py /tmp/briefing
#   go build -o /tmp/hello ./tools/hello && N=15 python3 tools/firstscreen.py --marker 'hello, world' /tmp/hello
# Every program is sent q once its marker is seen, and is waited for.
import os, pty, time, fcntl, termios, struct, sys, select

def once(argv, marker=b'13/13 posts'):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
        os.environ['TERM'] = 'xterm-256color'
        os.execv(argv[0], argv)
    buf, t = b'', None
    while t is None:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            break
        d = os.read(fd, 65536)
        buf += d
        if b'\x1b[6n' in d:
            os.write(fd, b'\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[1;1R')
        if b'\x1b]11;?' in d:  # briefing's own query: OSC 11 fenced by DA1
            os.write(fd, b'\x1b]11;rgb:0000/0000/0000\x1b\\')
        if b'\x1b[c' in d:
            os.write(fd, b'\x1b[?62;22c')
        if marker in buf:
            t = time.perf_counter() - t0
    os.write(fd, b'q')
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return t

args, marker = sys.argv[1:], b'13/13 posts'
if args[:1] == ['--marker']:
    marker, args = args[1].encode(), args[2:]
if not args:
    sys.exit('usage: firstscreen.py [--marker TEXT] BINARY [ARG ...]')
n = int(os.environ.get('N', '10'))
ts = sorted(t for t in (once(args, marker) for _ in range(n)) if t)
if not ts:
    sys.exit('firstscreen: %r never appeared (n=%d)' % (marker.decode(), n))
print('first screen: min %.1f ms, median %.1f ms, max %.1f ms (n=%d)' % (ts[0]*1e3, ts[len(ts)//2]*1e3, ts[-1]*1e3, len(ts)))
