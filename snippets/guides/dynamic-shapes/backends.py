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

# --8<-- [start:x_shape_in_call]
import keras
import numpy as np
from keras import ops


class PairsFromStaticShape(keras.layers.Layer):
    def call(self, x):
        return ops.reshape(x, (x.shape[0], 2, 3))  # x.shape[0]: None on TensorFlow at build time


keras.utils.set_random_seed(0)
x = np.random.rand(50, 6).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(6,), name="features")
hidden = keras.layers.Flatten()(PairsFromStaticShape()(inputs))
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:x_shape_in_call]

# --8<-- [start:zeros]
import keras
from keras import ops

inputs = keras.Input(shape=(6,))
ops.zeros((inputs.shape[0], 3))  # a new tensor needs a concrete shape
# --8<-- [end:zeros]
