# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(3,))
inputs.shape = (None, 3, 1)  # reshape in place, as with a NumPy array
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,))
as_sequence = tf.expand_dims(inputs, axis=-1)  # a new KerasTensor
half = tf.cast(inputs, "float16")  # a new KerasTensor
print(tuple(inputs.shape), "->", tuple(as_sequence.shape), "|", inputs.dtype.name, "->", half.dtype.name)

features = tf_keras.layers.Flatten()(tf_keras.layers.Conv1D(4, 2)(as_sequence))
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(features))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
