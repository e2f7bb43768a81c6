"""Find the learner's modules and copy them where graded code may see them.

The worker never reads the learner's folder: it sees a scratch copy of the
submission's top-level ``.py`` files, so nothing graded code writes can touch
the originals, and nothing else in the learner's folder is visible.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from grader.curriculum import MODULES

MAX_FILE_BYTES = 2 * 2**20
MAX_TOTAL_BYTES = 20 * 2**20
SHADOWED = ("numpy", "hypothesis", "click", "pytest", "math", "random", "copy")
NOBODY = 65534


class SubmissionError(Exception):
    """The path cannot be graded; the message says why in one line."""


@dataclass
class Submission:
    """What was found at the path the learner gave."""

    path: Path
    files: dict[str, Path]  # contract module -> file
    helpers: list[Path] = field(default_factory=list)  # other .py files next to them
    only_module: str | None = None  # set when a single module file was given
    notices: list[str] = field(default_factory=list)

    @classmethod
    def locate(cls, path: str | os.PathLike) -> "Submission":
        target = Path(path)
        if not target.exists():
            raise SubmissionError(f"{path}: no such file or folder")
        if target.is_file():
            return cls._single_file(target)
        if not target.is_dir():
            raise SubmissionError(f"{path}: not a file or folder")
        files = {name: target / f"{name}.py" for name in MODULES if (target / f"{name}.py").is_file()}
        helpers = sorted(p for p in target.glob("*.py") if p.is_file() and p.stem not in MODULES)
        submission = cls(target, files, helpers)
        if not files:
            names = ", ".join(f"{m}.py" for m in MODULES)
            raise SubmissionError(f"{path}: no exercise modules here (looked for {names})")
        submission._notice_shadowing()
        return submission

    @classmethod
    def _single_file(cls, target: Path) -> "Submission":
        if target.suffix != ".py" or target.stem not in MODULES:
            names = ", ".join(f"{m}.py" for m in MODULES)
            raise SubmissionError(f"{target}: not an exercise module (the modules are {names})")
        return cls(target.parent, {target.stem: target}, [], only_module=target.stem)

    def _notice_shadowing(self) -> None:
        for helper in self.helpers:
            if helper.stem in SHADOWED:
                self.notices.append(
                    f"Your folder has a file named {helper.name}. The grader ignored it, but when you run "
                    f"your own code, `import {helper.stem}` loads that file instead of the real "
                    f"{helper.stem}: rename it."
                )


class Scratch:
    """A private temporary folder: the submission's copy, the worker's new root, its output."""

    def __init__(self, submission: Submission, confined_user: bool):
        self.base = Path(tempfile.mkdtemp(prefix="nn-grader-"))
        self.submission_dir = self.base / "submission"
        self.root_dir = self.base / "root"
        self.output_dir = self.submission_dir / ".nn-grader"
        self.hypothesis_dir = self.base / "hypothesis"
        for folder in (self.submission_dir, self.root_dir, self.output_dir, self.hypothesis_dir):
            folder.mkdir(mode=0o755)
        os.chmod(self.base, 0o755)
        self.present = self._copy(submission)
        if confined_user:
            for folder, _, names in os.walk(self.submission_dir):
                os.chown(folder, NOBODY, NOBODY)
                for name in names:
                    os.chown(os.path.join(folder, name), NOBODY, NOBODY)

    def _copy(self, submission: Submission) -> dict[str, str]:
        present, total = {}, 0
        sources = list(submission.files.items()) + [(None, p) for p in submission.helpers]
        for module, source in sources:
            size = source.stat().st_size
            if size > MAX_FILE_BYTES or total + size > MAX_TOTAL_BYTES:
                if module is not None:
                    raise SubmissionError(f"{source}: larger than {MAX_FILE_BYTES // 2**20} MiB")
                continue
            total += size
            shutil.copyfile(source, self.submission_dir / source.name)
            if module is not None:
                present[module] = source.name
        return present

    def output_size(self, name: str) -> int:
        try:
            return os.stat(os.path.join(self.output_dir, name)).st_size  # after every call: no Path objects
        except OSError:
            return 0

    def remove(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)
