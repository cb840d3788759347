"""Real nginx and Apache for the tests: install with apt when missing, configure around a
built site, run on a free local port, and send raw HTTP requests."""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

APACHE_MODULES = "/usr/lib/apache2/modules"


def require(command: str, package: str) -> str:
    """The path of ``command``; installs Debian ``package`` with apt when missing (as root).
    Skips the test, saying why, only when it cannot be installed."""
    found = shutil.which(command) or shutil.which(command, path="/usr/sbin:/usr/bin")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(f"{command} is missing and apt-get cannot install {package} (not root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", package]
    result = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        result = subprocess.run(install, env=env, capture_output=True, text=True, check=False)
    found = shutil.which(command) or shutil.which(command, path="/usr/sbin:/usr/bin")
    if not found:
        pytest.skip(f"{command}: apt-get install {package} failed: {result.stderr[-500:]}")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def world_readable_copy(site: Path) -> Path:
    """A copy of ``site`` that a server's unprivileged worker user can read."""
    base = Path(tempfile.mkdtemp(prefix="portal-site-"))
    base.chmod(0o755)
    root = base / "site"
    shutil.copytree(site, root)
    for folder, _dirs, files in os.walk(root):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    return root


def nginx_config(site: Path, work: Path, port: int) -> Path:
    """An nginx.conf serving ``site`` that includes the build's redirect files as documented."""
    (work / "tmp").mkdir(parents=True, exist_ok=True)
    config = work / "nginx.conf"
    config.write_text(
        f"daemon off;\nmaster_process off;\npid {work}/nginx.pid;\n"
        f"error_log {work}/error.log;\nevents {{}}\n"
        "http {\n  access_log off;\n"
        f"  client_body_temp_path {work}/tmp;\n  proxy_temp_path {work}/tmp;\n"
        f"  include {site}/redirects/nginx-http.conf;\n"
        f"  server {{\n    listen 127.0.0.1:{port};\n    root {site};\n"
        f"    include {site}/redirects/nginx.conf;\n  }}\n}}\n",
        encoding="utf-8",
    )
    return config


def apache_config(site: Path, work: Path, port: int) -> Path:
    """An Apache config serving ``site`` with its generated .htaccess (AllowOverride All)."""
    modules = ["mpm_event", "authz_core", "dir", "mime", "rewrite", "headers"]
    loads = "".join(f"LoadModule {m}_module {APACHE_MODULES}/mod_{m}.so\n" for m in modules)
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    config = work / "httpd.conf"
    config.write_text(
        f"ServerRoot /etc/apache2\nServerName localhost\nListen 127.0.0.1:{port}\n"
        f"PidFile {work}/httpd.pid\nErrorLog {work}/error.log\nDefaultRuntimeDir {work}\n"
        f"{loads}{user}"
        "TypesConfig /etc/mime.types\nDirectoryIndex index.html\n"
        f'DocumentRoot "{site}"\n<Directory "{site}">\n'
        "  AllowOverride All\n  Require all granted\n</Directory>\n",
        encoding="utf-8",
    )
    return config


@contextlib.contextmanager
def running(command: list[str], port: int, log: Path):
    """Run a server in the foreground until the block ends; fail with its log if it dies."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode(errors="replace")
                errors = log.read_text(errors="replace") if log.exists() else ""
                raise AssertionError(f"{command[0]} exited: {output}\n{errors}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"{command[0]} did not listen on {port}")
            time.sleep(0.05)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def get(port: int, target: str) -> tuple[int, str]:
    """GET ``target`` exactly as written (already percent-encoded): (status, Location)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", target, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location") or ""
    finally:
        connection.close()
