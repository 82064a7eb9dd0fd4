# --8<-- [start:shapes]
import keras
import numpy as np
from keras import ops

inputs = keras.Input(shape=(3,))  # K.placeholder(shape=(None, 3)) -> keras.Input(shape=(3,))
print("K.int_shape(inputs) -> inputs.shape:", inputs.shape)
print("K.shape(inputs) -> ops.shape(inputs):", ops.shape(inputs))
x = np.zeros((4, 3), "float32")
print("on a batch, ops.shape(x):", ops.shape(x), "| K.ndim(x) -> ops.ndim(x):", ops.ndim(x))
# --8<-- [end:shapes]
