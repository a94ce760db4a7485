# --8<-- [start:code]
import torch

t = torch.arange(6).reshape(2, 3)
print("stride:", t.stride(), "contiguous:", t.is_contiguous())

tt = t.T  # a transpose is a view: same memory, swapped strides
print("stride:", tt.stride(), "contiguous:", tt.is_contiguous())
print(
    "same memory:",
    tt.untyped_storage().data_ptr() == t.untyped_storage().data_ptr(),
)

try:
    tt.view(6)  # view needs memory laid out in the order of the elements
except RuntimeError as err:
    print("RuntimeError:", str(err).split(".")[0])
# but a view that only splits dimensions or adds size-1 ones is fine
print("tt.view(3, 1, 2) strides:", tt.view(3, 1, 2).stride())

print(tt.contiguous().view(6))  # contiguous() copies into the right order
print(tt.reshape(6))  # reshape copies only when it has to
print("reshape of t shares memory:", t.reshape(6).data_ptr() == t.data_ptr())
# --8<-- [end:code]

# --8<-- [start:check]
assert tt.view(3, 1, 2).stride() == (1, 6, 3) and not tt.is_contiguous()
assert t.stride() == (3, 1) and tt.stride() == (1, 3)
assert tt.reshape(6).tolist() == [0, 3, 1, 4, 2, 5]
assert t.reshape(6).data_ptr() == t.data_ptr()
# --8<-- [end:check]
