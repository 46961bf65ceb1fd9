#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""A safetensors file without metadata, and what current transformers does with it (CPU only).

safetensors.torch.save_file(state_dict, path) without metadata= writes no
"__metadata__" entry, so safe_open(path).metadata() returns None. transformers
releases that called metadata.get("format") on it raised
"AttributeError: 'NoneType' object has no attribute 'get'"; those releases cannot
be installed here, so this script shows the cause and the two ways out:

  python repro.py          # a metadata-less model.safetensors: metadata() is None; transformers 5.x loads it
  python repro.py --fixed  # re-save it with metadata={"format": "pt"}, the fix for older transformers
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from safetensors import safe_open
from safetensors.torch import load_file, save_file
from transformers import LlamaConfig, LlamaForCausalLM


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        config = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2)
        LlamaForCausalLM(config).save_pretrained(root)
        path = os.path.join(root, "model.safetensors")
        # What a conversion script, a merge tool or another framework's exporter writes:
        save_file(load_file(path), path)
        with safe_open(path, framework="pt") as f:
            print(f"metadata of the re-saved file: {f.metadata()!r}")
        if "--fixed" in sys.argv[1:]:
            save_file(load_file(path), path, metadata={"format": "pt"})
            with safe_open(path, framework="pt") as f:
                print(f"fixed: re-saved with metadata {f.metadata()!r}")
        model = LlamaForCausalLM.from_pretrained(root)
        print(f"works: transformers loaded {sum(p.numel() for p in model.parameters())} parameters")


if __name__ == "__main__":
    main()
