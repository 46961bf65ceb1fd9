#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce safetensors' "No such device (os error 19)" on a CPU.

safetensors memory-maps the file it opens. mmap(2) answers ENODEV ("No such
device") when the object cannot be mapped: a directory, or a file on a
filesystem without mmap support (some FUSE and network mounts). This machine
has no such filesystem, so the script passes a directory, which fails the same
way (safetensors#485).

  python repro.py          # safetensors.torch.load_file(<a model folder>)
  python repro.py --fixed  # check the path is a file, then read it without mmap (pread / disable_mmap)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from safetensors.torch import load_file
from transformers import LlamaConfig, LlamaForCausalLM


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        config = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)
        LlamaForCausalLM(config).save_pretrained(root)
        path = root  # the model folder, where the code expected model.safetensors
        if "--fixed" in sys.argv[1:]:
            if not os.path.isfile(path):
                path = os.path.join(path, "model.safetensors")
            state = load_file(path, backend="pread")  # safetensors >= 0.8.0: no mmap
            print(f"fixed: read {len(state)} tensors from a file with backend=\"pread\" (no mmap)")
            LlamaForCausalLM.from_pretrained(root, disable_mmap=True)
            print("fixed: from_pretrained(..., disable_mmap=True) read the checkpoint without mmap")
            return
        load_file(path)


if __name__ == "__main__":
    main()
