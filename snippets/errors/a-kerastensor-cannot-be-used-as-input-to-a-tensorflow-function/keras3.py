# --8<-- [start:reproduce]
import keras
import tensorflow as tf

inputs = keras.Input(shape=(3,))
squared = tf.square(inputs)  # a TensorFlow function on a KerasTensor
# --8<-- [end:reproduce]

# --8<-- [start:fix_ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
squared = keras.ops.square(inputs)  # the keras.ops twin of tf.square: a new KerasTensor
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(squared).__name__, squared.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix_ops]

# --8<-- [start:fix_layer]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
received = []  # the type of each tensor `call` gets


class Square(keras.layers.Layer):
    def call(self, batch):
        received.append(type(batch).__name__)
        return tf.square(batch)  # a TensorFlow tensor here, on the TensorFlow backend


inputs = keras.Input(shape=(3,))
squared = Square()(inputs)
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]  # 12 batches
print(type(squared).__name__, squared.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("call received:", sorted(set(received)), "| calls:", len(received))
# --8<-- [end:fix_layer]
