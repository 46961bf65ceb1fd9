#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "Error(s) in loading state_dict ... Missing key(s) ... Unexpected key(s)" on a CPU.

torch's Module.load_state_dict(strict=True) compares the checkpoint's keys with
the model's and raises when any is missing or left over. Three common causes:

  python repro.py                       # saved from nn.DataParallel: every key starts with "module."
  python repro.py --case model-wrapped  # the reverse: a bare checkpoint loaded into nn.DataParallel(model)
  python repro.py --case wrapped        # a training checkpoint {"epoch", "state_dict", ...} passed whole
  python repro.py --case architecture   # a Llama state dict loaded into a Qwen2 class (q/k/v biases missing)
  python repro.py --fixed [--case ...]  # the fix for that case, then the same load_state_dict succeeds
"""
import argparse
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present


def net_pair():
    net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
    fresh = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
    return net, fresh


def module_prefix(fixed: bool) -> None:
    net, fresh = net_pair()
    # What a training script does with nn.DataParallel or DistributedDataParallel:
    wrapped = nn.DataParallel(net)
    state = wrapped.state_dict()  # keys "module.0.weight", ...
    if fixed:
        consume_prefix_in_state_dict_if_present(state, "module.")
        print("fixed: stripped the 'module.' prefix with consume_prefix_in_state_dict_if_present")
    fresh.load_state_dict(state)


def model_wrapped(fixed: bool) -> None:
    net, fresh = net_pair()
    state = net.state_dict()  # saved from the bare model: "0.weight", ...
    wrapped = nn.DataParallel(fresh)  # loaded into a wrapper: it expects "module.0.weight", ...
    if fixed:
        wrapped.module.load_state_dict(state)
        print("fixed: loaded into wrapped.module, the model inside nn.DataParallel")
        return
    wrapped.load_state_dict(state)


def wrapped_checkpoint(fixed: bool) -> None:
    net, fresh = net_pair()
    ckpt = {"epoch": 3, "state_dict": net.state_dict(), "optimizer": torch.optim.SGD(net.parameters(), lr=0.1).state_dict()}
    if fixed:
        ckpt = ckpt["state_dict"]
        print("fixed: loaded ckpt['state_dict'] instead of the whole training checkpoint")
    fresh.load_state_dict(ckpt)


def other_architecture(fixed: bool) -> None:
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    dims = dict(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                num_attention_heads=2, num_key_value_heads=2)
    llama_state = LlamaForCausalLM(LlamaConfig(**dims)).state_dict()
    if fixed:
        model = LlamaForCausalLM(LlamaConfig(**dims))
        print("fixed: built the class the checkpoint was saved from (LlamaForCausalLM)")
    else:
        model = Qwen2ForCausalLM(Qwen2Config(**dims))  # the wrong class for this checkpoint
    model.load_state_dict(llama_state)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", choices=["module", "model-wrapped", "wrapped", "architecture"], default="module")
    parser.add_argument("--fixed", action="store_true")
    args = parser.parse_args()
    {"module": module_prefix, "model-wrapped": model_wrapped, "wrapped": wrapped_checkpoint, "architecture": other_architecture}[args.case](args.fixed)
    if args.fixed:
        print("fixed: load_state_dict(strict=True) found every key")


if __name__ == "__main__":
    main()
