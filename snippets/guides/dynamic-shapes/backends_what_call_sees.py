# --8<-- [start:what_call_sees]
import keras
from keras import ops

seen = []


class Probe(keras.layers.Layer):
    def call(self, x):
        seen.append((tuple(x.shape), type(ops.shape(x)[0]).__name__))
        return x


outputs = Probe()(keras.Input(shape=(6,)))  # Keras runs call to infer the output shape
print("call saw:", seen)
print("output shape:", outputs.shape)
# --8<-- [end:what_call_sees]
