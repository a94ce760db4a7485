# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
print(x)
print({"a", "b", "c"})
plt.plot(x[0])
plt.title("first row")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert x.shape == (3, 4)
# --8<-- [end:check]
