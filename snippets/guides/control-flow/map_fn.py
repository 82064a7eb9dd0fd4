# tf.map_fn on a KerasTensor, and in a layer: Keras 3 on TensorFlow. Each block is a complete script.

# --8<-- [start:map_fn_functional]
import keras
import tensorflow as tf

inputs = keras.Input(shape=(3,))
tf.map_fn(lambda row: row * 2, inputs)  # a TensorFlow function on a KerasTensor
# --8<-- [end:map_fn_functional]

# --8<-- [start:map_fn_layer]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class RowWise(keras.layers.Layer):
    def call(self, h):  # h: this batch's graph tensor
        return tf.map_fn(lambda row: row * 2, h)


inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(RowWise()(keras.layers.Dense(3)(inputs))))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:map_fn_layer]
