#!/usr/bin/env python3
# tracebook-env: packaging==26.3
"""Reproduce "cannot import name 'LLM' from 'vllm'" on a CPU, without vLLM.

The error comes from Python's import system, not from vLLM: the name `vllm`
resolves to something that is not the installed package. This script builds
the two shadows the reports show, in a temporary folder put first on sys.path
(where Python puts the script's folder or the working directory):

  python repro.py                 # a folder named vllm without __init__.py
                                  #   -> ImportError ... (unknown location)
  python repro.py --script        # your own script is named vllm.py
                                  #   -> ... from partially initialized module 'vllm' ... (.../vllm.py)
  python repro.py --submodule     # a vllm.py shadows the package, then a submodule import
                                  #   -> No module named 'vllm.entrypoints'; 'vllm' is not a package
  python repro.py --fixed         # the folder is still there, but a regular package named vllm
                                  #   (a stand-in with an LLM class, where site-packages would be) is
                                  #   installed: Python picks the regular package and the import works

No vLLM is installed or downloaded; the stand-in in --fixed only has the shape of
an installed package (vllm/__init__.py defining LLM).
"""
import os
import runpy
import sys
import tempfile


def shadow_folder(root: str) -> None:
    # A directory without __init__.py, e.g. a source checkout named vllm in the working directory.
    os.makedirs(os.path.join(root, "vllm", "docs"))


def stand_in_installed_package(site: str) -> None:
    pkg = os.path.join(site, "vllm")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("class LLM:\n    pass\n")


def main() -> None:
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as root:
        work = os.path.join(root, "project")
        os.makedirs(work)
        sys.path.insert(0, work)
        if "--script" in args:
            script = os.path.join(work, "vllm.py")
            with open(script, "w") as f:
                f.write("from vllm import LLM\n\nllm = LLM(model='facebook/opt-125m')\n")
            # What `python vllm.py` does: run it as __main__ with its folder first on sys.path.
            runpy.run_path(script, run_name="__main__")
        elif "--submodule" in args:
            with open(os.path.join(work, "vllm.py"), "w") as f:
                f.write("# a helper module that happens to be called vllm.py\n")
            from vllm.entrypoints.llm import LLM  # noqa: F401
        else:
            shadow_folder(work)
            if "--fixed" in args:
                site = os.path.join(root, "site-packages")
                stand_in_installed_package(site)
                sys.path.append(site)
            from vllm import LLM  # noqa: F401
            import vllm

            print(f"fixed: vllm resolved to the regular package {vllm.__file__}, not the folder {os.path.join(work, 'vllm')}")


if __name__ == "__main__":
    main()
