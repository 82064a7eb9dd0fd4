# --8<-- [start:zeros]
import keras
from keras import ops

inputs = keras.Input(shape=(6,))
ops.zeros((inputs.shape[0], 3))  # a new tensor needs a concrete shape
# --8<-- [end:zeros]
