"""The GPU job's install, checked on CPU: `make gpu-test` installs exactly what requirements-gpu.lock
pins (every CUDA package with its hash), at the CPU locks' versions, all for one CUDA major, and
CONTRIBUTING names that CUDA release and the driver it needs."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
GPU_IN = ROOT / "requirements-gpu.in"
GPU_LOCK = ROOT / "requirements-gpu.lock"
CPU_LOCKS = [ROOT / "requirements.lock", ROOT / "requirements-torch.lock"]
CUDA_PACKAGE = re.compile(r"^(nvidia-|cuda-|jax-cuda|triton$)")
# A requirement of a uv-compiled lock: the pin, its marker, and the hash lines under it.
ENTRY = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)(?:\s*;\s*(?P<marker>[^\\\n]+?))?\s*\\?\n"
    r"(?P<hashes>(?:[ \t]+--hash=sha256:[0-9a-f]{64}[ \t]*\\?\n)*)",
    re.MULTILINE,
)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def entries(lock: Path) -> dict[str, tuple[str, int]]:
    """Package -> (version, number of hashes), for the entries whose marker holds on this Python."""
    found = {}
    for m in ENTRY.finditer(lock.read_text(encoding="utf-8")):
        if m["marker"] and not Marker(m["marker"]).evaluate():
            continue
        found[canonical(m["name"])] = (m["version"], m["hashes"].count("--hash="))
    return found


def cpu_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for lock in CPU_LOCKS:
        versions.update((name, version) for name, (version, _) in entries(lock).items())
    return versions


def gpu_test_commands() -> list[list[str]]:
    """The commands `make gpu-test` runs, as make prints them (its prerequisite left out)."""
    if shutil.which("make") is None:
        pytest.skip("no make on this machine")
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "gpu-test", "TORCH_STAMP="],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [shlex.split(line) for line in done.stdout.replace("\\\n", " ").splitlines() if line.strip()]


WITH_VALUES = {"--python", "-r", "--find-links", "--reinstall-package", "-c"}


def packages(arguments: list[str]) -> list[str]:
    """The requirements named on a `uv pip install` line (not its options, nor their values)."""
    return [a for i, a in enumerate(arguments) if a[0] != "-" and arguments[i - 1] not in WITH_VALUES]


def installs(commands: list[list[str]]) -> list[list[str]]:
    """The arguments after `uv pip install` of each install command."""
    found = []
    for command in commands:
        text = " ".join(command)
        if "uv pip install" in text:
            found.append(command[command.index("install") + 1 :])
    return found


def test_every_entry_of_the_gpu_lock_is_pinned_and_hashed() -> None:
    locked = entries(GPU_LOCK)
    assert len(locked) > 30, f"{GPU_LOCK.name}: {len(locked)} entries"
    unhashed = sorted(name for name, (_, hashes) in locked.items() if not hashes)
    assert not unhashed, f"{GPU_LOCK.name}: entries without --hash: {unhashed}"
    # Every requirement line of the file is one of these entries (nothing unpinned slipped in).
    lines = [
        line for line in GPU_LOCK.read_text(encoding="utf-8").splitlines() if re.match(r"^[A-Za-z0-9]", line)
    ]
    assert all("==" in line for line in lines), [line for line in lines if "==" not in line]


def test_the_gpu_lock_holds_what_its_input_asks_for() -> None:
    locked = entries(GPU_LOCK)
    assert "requirements-gpu.in" in GPU_LOCK.read_text(encoding="utf-8").split("\n", 3)[1]
    for line in GPU_IN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        requirement = Requirement(line)
        name = canonical(requirement.name)
        assert name in locked, f"{GPU_LOCK.name} has no {name}, which {GPU_IN.name} asks for"
        assert requirement.specifier.contains(locked[name][0], prereleases=True), (line, locked[name][0])
    # The extras' CUDA plugins and libraries: TensorFlow's [and-cuda], JAX's [cuda12].
    for name in ("nvidia-cudnn-cu12", "nvidia-cublas-cu12", "jax-cuda12-plugin", "jax-cuda12-pjrt"):
        assert name in locked, f"{GPU_LOCK.name} has no {name}: compiled without the extras?"


def test_the_gpu_lock_has_the_cpu_locks_versions() -> None:
    """Installed over the CPU environment, the lock changes no version there: it only adds."""
    cpu, gpu = cpu_versions(), entries(GPU_LOCK)
    for name in ("tensorflow", "keras", "jax", "jaxlib"):
        assert gpu[name][0] == cpu[name], f"{name}: {gpu[name][0]} in {GPU_LOCK.name}, {cpu[name]} on CPU"
    differ = {
        name: (version, cpu[name]) for name, (version, _) in gpu.items() if cpu.get(name, version) != version
    }
    assert not differ, f"(GPU lock, CPU locks) versions that differ: {differ}"
    assert "torch" not in gpu, "torch comes from PyTorch's CUDA 12.6 wheels, installed by its own line"


def test_one_cuda_major_for_all_three_backends() -> None:
    """CUDA 12 and 13 wheels of cuDNN, NCCL and NVSHMEM write the same files (requirements-gpu.in)."""
    cuda = {name: version for name, (version, _) in entries(GPU_LOCK).items() if CUDA_PACKAGE.match(name)}
    other_majors = sorted(n for n in cuda if n.startswith("nvidia-") and not n.endswith("-cu12"))
    assert not other_majors, f"CUDA libraries not built for CUDA 12: {other_majors}"
    for name in ("cuda-toolkit", "cuda-bindings"):
        assert cuda[name].startswith("12."), f"{name}=={cuda[name]} is not for CUDA 12"
    assert cuda["nvidia-cuda-runtime-cu12"].startswith("12.6."), "torch's cu126 build needs CUDA 12.6"


def test_the_gpu_job_installs_the_lock_and_the_torch_build_only() -> None:
    commands = gpu_test_commands()
    found = installs(commands)
    assert len(found) == 2, f"expected two installs in `make gpu-test`, found: {found}"
    lock_install, torch_install = found
    assert "--require-hashes" in lock_install
    assert lock_install[lock_install.index("-r") + 1] == GPU_LOCK.name
    assert not packages(lock_install), f"installed beside the lock, unhashed: {packages(lock_install)}"
    # torch: the CPU lock's version, PyTorch's CUDA 12.6 build, nothing else and no dependencies.
    assert "--no-deps" in torch_install
    cpu_torch = cpu_versions()["torch"].split("+")[0]
    assert packages(torch_install) == [f"torch=={cpu_torch}+cu126"], packages(torch_install)
    assert any(" ".join(c).endswith(f"uv pip check --python {c[0]}") for c in commands), "no `uv pip check`"
    workflow = (ROOT / ".github" / "workflows" / "gpu.yml").read_text(encoding="utf-8")
    assert "make gpu-test" in workflow and "pip install" not in workflow


def test_contributing_names_the_cuda_release_and_driver() -> None:
    runtime = entries(GPU_LOCK)["nvidia-cuda-runtime-cu12"][0]
    cuda = ".".join(runtime.split(".")[:2])
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text[text.index("## The GPU job") :]
    assert f"CUDA {cuda}" in section, f"CONTRIBUTING's GPU section does not name CUDA {cuda}"
    assert "525.60.13" in section, "CONTRIBUTING's GPU section does not name the driver CUDA 12 needs"
