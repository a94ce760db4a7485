# --8<-- [start:code]
import torch

print("intra-op threads:", torch.get_num_threads())  # inside one operation
print("inter-op threads:", torch.get_num_interop_threads())

torch.set_num_threads(4)  # e.g. to leave the other cores to other work
print("now:", torch.get_num_threads())
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.get_num_threads() == 4
# --8<-- [end:check]
