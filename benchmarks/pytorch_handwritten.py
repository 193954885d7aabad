#!/usr/bin/env python3
"""Plain PyTorch with hand-written cells, on the two shapes of `rnnlab bench`, for a side-by-side
comparison on one machine (issue: hand-written cells at PyTorch's speed).

Each training step is what `rnnlab bench` times: forward, loss, backward, Adam step, loss read back;
one intra-op thread; the same formulation as rnnlab's hand-written cells (the input projection of all
steps in one product before the loop; GRU in the reset-after form; LSTM gate order i, f, g, o; one
`addmm` per step for the recurrent product). Repeats of 20 batches, the cells interleaved, median
and range over 9 repeats, as rnnlab's bench does.

    python3 benchmarks/pytorch_handwritten.py [--json FILE]

Needs PyTorch (Debian: apt-get install python3-torch); not part of the tool or its tests.
"""
import argparse
import json
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

SHAPES = {  # name: (batch, steps, features, hidden, unit)
    "regression": (64, 12, 1, 32, "samples"),
    "language-model": (32, 35, 28, 256, "tokens"),
}
GATES = {"rnn": 1, "gru": 3, "lstm": 4}


class HandWritten(nn.Module):
    def __init__(self, cell, features, hidden, outputs):
        super().__init__()
        self.cell, self.hidden = cell, hidden
        g = GATES[cell]
        k = 1.0 / hidden ** 0.5
        self.w_ih = nn.Parameter(torch.empty(g * hidden, features).uniform_(-k, k))
        self.w_hh = nn.Parameter(torch.empty(g * hidden, hidden).uniform_(-k, k))
        self.b_ih = nn.Parameter(torch.empty(g * hidden).uniform_(-k, k))
        self.b_hh = nn.Parameter(torch.empty(g * hidden).uniform_(-k, k))
        self.head = nn.Linear(hidden, outputs)

    def forward(self, x):  # x: (B, T, F)
        b, t, _ = x.shape
        h = x.new_zeros(b, self.hidden)
        c = x.new_zeros(b, self.hidden)
        xs = torch.addmm(self.b_ih, x.reshape(b * t, -1), self.w_ih.t()).reshape(b, t, -1).unbind(1)
        w_hh_t = self.w_hh.t()
        outs = []
        for step in range(t):
            if self.cell == "rnn":
                h = torch.tanh(torch.addmm(xs[step] + self.b_hh, h, w_hh_t))
            elif self.cell == "gru":
                hh = torch.addmm(self.b_hh, h, w_hh_t)
                xr, xz, xn = xs[step].chunk(3, 1)
                hr, hz, hn = hh.chunk(3, 1)
                r = torch.sigmoid(xr + hr)
                z = torch.sigmoid(xz + hz)
                n = torch.tanh(xn + r * hn)
                h = n + z * (h - n)
            else:
                gates = torch.addmm(xs[step] + self.b_hh, h, w_hh_t)
                i, f, g, o = gates.chunk(4, 1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h = torch.sigmoid(o) * torch.tanh(c)
            outs.append(h)
        return outs  # hidden states per step; the loss applies the head where it needs it


def workload(shape, cell, seed):
    batch, steps, features, hidden, _ = SHAPES[shape]
    torch.manual_seed(seed)
    if shape == "regression":
        model = HandWritten(cell, features, hidden, 1)
        x = torch.randn(batch, steps, features)
        y = torch.randn(batch, 1)
        loss_of = lambda outs: F.mse_loss(model.head(outs[-1]), y)  # the last step predicts
    else:
        model = HandWritten(cell, features, hidden, features)
        tokens = torch.randint(features, (batch, steps))
        x = F.one_hot(tokens, features).float()
        y = torch.randint(features, (batch * steps,))
        loss_of = lambda outs: F.cross_entropy(model.head(torch.stack(outs, 1)).reshape(-1, features), y)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    def step():
        optimizer.zero_grad(set_to_none=True)
        loss = loss_of(model(x))
        loss.backward()
        optimizer.step()
        return loss.item()  # read back, as rnnlab does

    return step


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    rows = []
    for shape, (batch, steps, _, _, unit) in SHAPES.items():
        steps_of = {cell: workload(shape, cell, 1) for cell in GATES}
        for fn in steps_of.values():  # warm-up
            for _ in range(3):
                fn()
        times = {cell: [] for cell in GATES}
        for _ in range(args.repeats):  # cells interleaved within each repeat
            for cell, fn in steps_of.items():
                start = time.perf_counter()
                for _ in range(args.batches):
                    fn()
                times[cell].append((time.perf_counter() - start) / args.batches)
        units = batch * steps if unit == "tokens" else batch
        for cell, ts in times.items():
            rows.append({
                "shape": shape, "cell": cell, "impl": "pytorch-handwritten", "unit": unit,
                "median": units / statistics.median(ts), "min": units / max(ts), "max": units / min(ts),
            })
    print(f"PyTorch {torch.__version__}, 1 intra-op thread, hand-written cells")
    for r in rows:
        print(f"{r['shape']:15} {r['cell']:5} {r['median']:>10,.0f} {r['unit']}/s   "
              f"({r['min']:,.0f} - {r['max']:,.0f})")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"torch": torch.__version__, "results": rows}, out, indent=2)


if __name__ == "__main__":
    main()
