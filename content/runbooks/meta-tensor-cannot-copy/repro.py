#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "Cannot copy out of meta tensor; no data!" on a CPU.

python repro.py              build a tiny Llama on meta (accelerate.init_empty_weights), load the
                             checkpoint without assign=True (a silent no-op), then .to("cpu"): fails.
python repro.py --offload    load with a device_map that offloads a layer to disk, then .to("cpu"):
                             accelerate's guard refuses to move the model (RuntimeError).
python repro.py --to-empty   load the checkpoint normally, then .to_empty(device="cpu") as the
                             circulating advice says; prints whether the weights survived (torch.equal).
python repro.py --fixed      same as the default run, with load_state_dict(..., assign=True).
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from accelerate import init_empty_weights
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()  # keep the output to the failure itself


def build_checkpoint(root):
    config = LlamaConfig(
        vocab_size=128, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=4, tie_word_embeddings=False,
    )
    torch.manual_seed(0)
    path = os.path.join(root, "tiny-llama")
    LlamaForCausalLM(config).save_pretrained(path)
    return config, path


def main(mode):
    root = tempfile.mkdtemp(prefix="tracebook-meta-")
    config, path = build_checkpoint(root)
    saved = load_file(os.path.join(path, "model.safetensors"))

    if mode == "--to-empty":
        model = AutoModelForCausalLM.from_pretrained(path)  # fully loaded on the CPU
        before = {k: v.clone() for k, v in model.state_dict().items()}
        model = model.to_empty(device="cpu")
        after = model.state_dict()
        same = [k for k in before if torch.equal(before[k], after[k])]
        key = "model.layers.0.self_attn.q_proj.weight"
        print(f"torch.equal({key}) after to_empty: {torch.equal(before[key], after[key])}")
        print(f"tensors unchanged by to_empty: {len(same)} of {len(before)}")
        return

    if mode == "--offload":
        device_map = {
            "model.embed_tokens": "cpu", "model.layers.0": "cpu", "model.layers.1": "disk",
            "model.norm": "cpu", "model.rotary_emb": "cpu", "lm_head": "cpu",
        }
        model = AutoModelForCausalLM.from_pretrained(
            path, device_map=device_map, offload_folder=os.path.join(root, "offload")
        )
        model.to("cpu")
        return

    with init_empty_weights():
        model = LlamaForCausalLM(config)  # every parameter is on the meta device
    if mode == "--fixed":
        model.load_state_dict(saved, assign=True)  # the loaded tensors replace the meta ones
    else:
        model.load_state_dict(saved)  # copy_ into a meta tensor: a no-op, only a UserWarning
    model.to("cpu")
    if mode == "--fixed":
        ok = all(torch.equal(model.state_dict()[k], v) for k, v in saved.items())
        print(f"fixed: load_state_dict(assign=True) then .to('cpu') works; weights equal to checkpoint: {ok}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
