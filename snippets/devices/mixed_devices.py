# book: cuda
# --8<-- [start:code]
import torch
from torch import nn

gpu = torch.device("cuda")
a = torch.ones(3, device=gpu)
b = torch.ones(3)  # on the CPU

try:
    a + b
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])

model = nn.Linear(3, 1).to(gpu)
try:
    model(torch.ones(1, 3))  # the input was left on the CPU
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])

print(model(b.to(gpu)).device)  # move the data to where the model is
print(a.sum() + 1, (a.sum() + 1).item())  # .item() copies one number to Python
# --8<-- [end:code]

# --8<-- [start:check]
assert model(b.to(gpu)).device.type == "cuda"
# --8<-- [end:check]
