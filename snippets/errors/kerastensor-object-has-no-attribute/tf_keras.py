# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(4, 3))
swapped = inputs.transpose((0, 2, 1))  # a NumPy array's method
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 4, 3).astype("float32")
y = x.sum(axis=(1, 2))[:, None]

inputs = tf_keras.Input(shape=(4, 3))
swapped = tf.transpose(inputs, (0, 2, 1))  # tf-keras records it as a layer
outputs = tf_keras.layers.Dense(1)(tf_keras.layers.Flatten()(swapped))
model = tf_keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(tuple(inputs.shape), "->", tuple(swapped.shape))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:numpy]
import tf_keras

inputs = tf_keras.Input(shape=(3,))
values = inputs.numpy()
# --8<-- [end:numpy]

# --8<-- [start:input]
import tf_keras

inputs = tf_keras.Input(shape=(3,))
hidden = tf_keras.layers.Dense(4, name="hidden")(inputs)
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(hidden))
print(hidden.input)  # a tensor, not the layer that made it
# --8<-- [end:input]
