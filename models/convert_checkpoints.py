#!/usr/bin/env python3
"""Turns the public pretrained backbones into the safetensors files Kiss Detector imports.

Run it once, on a machine with internet and PyTorch (pip install torch torchvision safetensors):

    python3 convert_checkpoints.py --out DIR

It writes, and prints the sha256 of:
  resnet18-imagenet.safetensors  torchvision ResNet-18, ImageNet weights IMAGENET1K_V1, without fc.*
  vggish-audioset.safetensors    torchvggish VGGish (AudioSet), features.* and embeddings.*, without PCA
Every tensor keeps its state-dict name; num_batches_tracked counters are dropped (unused in evaluation).
"""
import argparse
import hashlib
import pathlib

import torch
from safetensors.torch import save_file
from torchvision.models import ResNet18_Weights, resnet18

VGGISH_URL = "https://github.com/harritaylor/torchvggish/releases/download/v0.1/vggish-10086976.pth"


def resnet18_state():
    state = resnet18(weights=ResNet18_Weights.IMAGENET1K_V1).state_dict()
    return {k: v for k, v in state.items() if not k.startswith("fc.") and not k.endswith("num_batches_tracked")}


def vggish_state():
    state = torch.hub.load_state_dict_from_url(VGGISH_URL, map_location="cpu", progress=True)
    return {k: v for k, v in state.items() if k.startswith(("features.", "embeddings."))}


def save(state, path, expected_tensors, expected_values):
    values = sum(v.numel() for v in state.values())
    if len(state) != expected_tensors or values != expected_values:
        raise SystemExit(f"{path.name}: {len(state)} tensors and {values} values, expected "
                         f"{expected_tensors} and {expected_values}: not the checkpoint Kiss Detector expects")
    save_file({k: v.detach().float().contiguous() for k, v in state.items()}, str(path))
    print(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("."), help="where to write the files")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    save(resnet18_state(), out / "resnet18-imagenet.safetensors", 100, 11_186_112)
    save(vggish_state(), out / "vggish-audioset.safetensors", 18, 72_141_184)


if __name__ == "__main__":
    main()
