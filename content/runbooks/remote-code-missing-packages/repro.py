#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "This modeling file requires the following packages that were not found in your environment".

A model with remote code ships its own modeling file, named in config.json's
auto_map. Before importing it, transformers parses the file and tries to
import every top-level package it names (check_imports in
dynamic_module_utils.py). This script writes a tiny local model whose
modeling file imports einops, the way many remote-code models do, and loads
it with trust_remote_code=True; nothing is downloaded.

  python repro.py          # in an environment without einops: fails with the ImportError
  python repro.py --fixed  # run where einops is installed (pip install einops): loads
"""
import atexit
import json
import os
import shutil
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Keep the copied modeling file out of ~/.cache/huggingface/modules (read when transformers is imported).
os.environ["HF_MODULES_CACHE"] = tempfile.mkdtemp(prefix="hf-modules-")
atexit.register(shutil.rmtree, os.environ["HF_MODULES_CACHE"], ignore_errors=True)

from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM

MODELING_FILE = '''\
from einops import rearrange  # a package the model's authors had installed
from transformers import LlamaForCausalLM


class TinyRemoteForCausalLM(LlamaForCausalLM):
    pass
'''


def build_remote_code_model(root: str) -> str:
    config = LlamaConfig(
        vocab_size=64, hidden_size=16, intermediate_size=32,
        num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=2,
    )
    path = os.path.join(root, "tiny-remote-code")
    LlamaForCausalLM(config).save_pretrained(path)
    with open(os.path.join(path, "modeling_tiny.py"), "w") as f:
        f.write(MODELING_FILE)
    with open(os.path.join(path, "config.json")) as f:
        saved = json.load(f)
    saved["auto_map"] = {"AutoModelForCausalLM": "modeling_tiny.TinyRemoteForCausalLM"}
    with open(os.path.join(path, "config.json"), "w") as f:
        json.dump(saved, f)
    return path


def main() -> None:
    fixed = "--fixed" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as root:
        model = AutoModelForCausalLM.from_pretrained(build_remote_code_model(root), trust_remote_code=True)
    if fixed:
        import einops

        print(f"fixed: loaded {type(model).__name__} with einops {einops.__version__} installed")


if __name__ == "__main__":
    main()
