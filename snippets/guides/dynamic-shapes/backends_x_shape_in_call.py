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
