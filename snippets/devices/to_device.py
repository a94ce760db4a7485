# --8<-- [start:code]
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

x = torch.ones(2, 3, device=device)  # create directly on the device
y = torch.arange(3.0).to(device)  # or move: returns a new tensor
print(x.device, y.device, (x + y).device)

model = nn.Linear(3, 1)
model.to(device)  # a module's .to() moves its parameters in place
print(next(model.parameters()).device)

out = model(x)
print(out.detach().cpu().numpy())  # NumPy only works on the CPU
# --8<-- [end:code]

# --8<-- [start:check]
assert x.device.type == device.type and out.device.type == device.type
assert model.weight.device.type == device.type
# --8<-- [end:check]
