#!/usr/bin/env python3
"""Writes the torchvision reference outputs the image-transform tests compare against.

Made with Debian 12's python3-torchvision 0.14.1 (torch 1.13.1):
    apt-get install python3-torchvision && /usr/bin/python3 make-fixtures.py
Inputs are a formula image (pattern() below, repeated in TorchvisionParityTest), so only outputs are stored:
gzipped uint8 CHW tensors, as torchvision returns them for a uint8 input (resized in float32, rounded half to
even). Of the 224x224 outputs only every 7th row and the last are kept (SAMPLED_ROWS), to keep the files small.
cases.json lists every case; normalize.f32le holds ToTensor + Normalize of every 8-bit value.
"""
import gzip
import json

import torch
import torchvision
import torchvision.transforms.functional as F
from torchvision import transforms


def pattern(width, height):
    """Smooth ramps plus fine detail, so that resizing without antialiasing would show."""
    y = torch.arange(height).view(height, 1).expand(height, width)
    x = torch.arange(width).view(1, width).expand(height, width)
    channels = [(x * 3 + y * 5 + c * 80 + (((x // 3) ^ (y // 5)) & 7) * 16) % 256 for c in range(3)]
    return torch.stack(channels).to(torch.uint8)


SAMPLED_ROWS = list(range(0, 224, 7)) + [223]


def save(name, tensor):
    with gzip.GzipFile(name, "wb", mtime=0) as out:
        out.write(tensor.contiguous().numpy().tobytes())


def main():
    cases = []
    # Plain resizes to odd sizes: the filter itself, shrinking and enlarging.
    for (w, h), (out_w, out_h) in [((97, 61), (40, 25)), ((13, 9), (40, 27)), ((61, 97), (23, 51)),
                                   ((50, 50), (50, 50)), ((300, 20), (7, 19))]:
        name = f"resize-{w}x{h}-to-{out_w}x{out_h}.u8.gz"
        save(name, F.resize(pattern(w, h), [out_h, out_w], antialias=True))
        cases.append({"op": "resize", "width": w, "height": h, "outWidth": out_w, "outHeight": out_h, "file": name})
    # The inference transform: Resize(256) + CenterCrop(224).
    inference = transforms.Compose([transforms.Resize(256, antialias=True), transforms.CenterCrop(224)])
    for w, h in [(640, 360), (160, 90), (300, 171), (256, 455), (455, 256), (225, 301)]:
        name = f"inference-{w}x{h}.u8.gz"
        save(name, inference(pattern(w, h))[:, SAMPLED_ROWS, :])
        cases.append({"op": "inference", "width": w, "height": h, "file": name})
    # The training transform for given random choices: resized_crop(box, 224), then hflip.
    for w, h, top, left, bh, bw, flip in [(455, 256, 5, 30, 250, 400, False), (455, 256, 100, 200, 60, 50, True),
                                          (455, 256, 0, 0, 224, 224, True), (256, 455, 33, 17, 300, 222, False)]:
        name = f"crop-{w}x{h}-{top}-{left}-{bh}x{bw}{'-flip' if flip else ''}.u8.gz"
        out = F.resized_crop(pattern(w, h), top, left, bh, bw, [224, 224], antialias=True)
        save(name, (F.hflip(out) if flip else out)[:, SAMPLED_ROWS, :])
        cases.append({"op": "crop", "width": w, "height": h, "top": top, "left": left, "boxHeight": bh,
                      "boxWidth": bw, "flip": flip, "file": name})
    every_value = torch.arange(256).view(1, 1, 256).expand(3, 1, 256).to(torch.uint8)
    normalize = transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
    with open("normalize.f32le", "wb") as out:
        out.write(normalize(F.to_tensor(every_value.permute(1, 2, 0).numpy())).numpy().astype("<f4").tobytes())
    with open("cases.json", "w") as out:
        json.dump({"torchvision": torchvision.__version__, "torch": torch.__version__, "sampledRows": SAMPLED_ROWS,
                   "cases": cases}, out, indent=1)


if __name__ == "__main__":
    main()
