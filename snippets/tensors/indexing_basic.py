# --8<-- [start:code]
import torch

t = torch.arange(1, 26).reshape(5, 5)
print(t)
print("row 1:      ", t[1])  # same as t[1, :]
print("column 2:   ", t[:, 2])
print("last column:", t[:, -1])  # -1 counts from the end
print("element:    ", t[1, 2], t[1, 2].item())
print("first 3 rows, first 2 columns:\n", t[:3, :2])
print("odd rows, even columns:\n", t[1::2, ::2])  # start:stop:step

try:
    t[::-1]  # NumPy reverses with a negative step; torch does not allow it
except ValueError as err:
    print("ValueError:", err)
print("reversed rows:\n", t.flip(0))
# --8<-- [end:code]

# --8<-- [start:check]
assert t[:, -1].tolist() == [5, 10, 15, 20, 25]
assert t[1::2, ::2].tolist() == [[6, 8, 10], [16, 18, 20]]
assert t.flip(0)[0].tolist() == [21, 22, 23, 24, 25]
# --8<-- [end:check]
