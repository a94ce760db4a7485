# --8<-- [start:code]
from pathlib import Path

import matplotlib.pyplot as plt
import torch

words = Path(__file__).with_name("words.txt").read_text().split()
x = torch.arange(len(words), dtype=torch.float32)
print("words:", words, " sum:", x.sum().item())
fig, ax = plt.subplots(figsize=(3, 2))
ax.plot(x, x**2)
ax.set_title("A parabola")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert x.sum().item() == 3.0
# --8<-- [end:check]
