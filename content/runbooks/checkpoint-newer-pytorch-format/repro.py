#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce torch.load's archive version checks on a CPU.

A torch.save archive holds a "version" record. The reader refuses a version
above the highest it knows, and refuses a zip archive that has no such record.

  python repro.py                      # an archive whose version record is above torch 2.13's maximum (10)
  python repro.py --case zipped-folder # a .zip of a folder that holds the checkpoint, passed to torch.load
  python repro.py --fixed              # the writer's way out: the legacy format, which has no version record
"""
import argparse
import os
import tempfile
import zipfile

import torch

STATE = {"linear.weight": torch.zeros(2, 2)}


def archive_from_newer_torch(path: str) -> None:
    """torch.save's archive with its version record raised, as a newer release would write it."""
    plain = path + ".plain"
    torch.save(STATE, plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name.endswith("/version"):
                data = b"99\n"
            dst.writestr(name, data)


def zipped_folder(path: str, root: str) -> None:
    folder = os.path.join(root, "checkpoint")
    os.makedirs(folder)
    torch.save(STATE, os.path.join(folder, "model.pt"))
    with zipfile.ZipFile(path, "w") as z:  # what "download folder as zip" gives
        z.write(os.path.join(folder, "model.pt"), "checkpoint/model.pt")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=["newer", "zipped-folder"], default="newer")
    parser.add_argument("--fixed", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        path = os.path.join(root, "model.pt")
        if args.fixed:
            # Run by the newer torch that wrote the file: the pre-1.6 format, which torch.load still reads.
            torch.save(STATE, path, _use_new_zipfile_serialization=False)
            print(f"fixed: saved with _use_new_zipfile_serialization=False (a zip archive: {zipfile.is_zipfile(path)})")
        elif args.case == "newer":
            archive_from_newer_torch(path)
        else:
            zipped_folder(path, root)
        state = torch.load(path, map_location="cpu")
    if args.fixed:
        print(f"fixed: torch.load read {len(state)} tensors")


if __name__ == "__main__":
    main()
