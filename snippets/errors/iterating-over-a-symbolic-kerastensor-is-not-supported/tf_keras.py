# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(3,))
a, b, c = inputs  # one tensor per feature
# --8<-- [end:reproduce]

# --8<-- [start:batch_rows]
import tf_keras

inputs = tf_keras.Input(shape=(3,), batch_size=2)  # a known first dimension
rows = list(inputs)  # iterates over the batch, not the features
print(len(rows), [tuple(r.shape) for r in rows])
# --8<-- [end:batch_rows]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,))
a, b, c = tf.unstack(inputs, num=3, axis=-1)  # a list of three KerasTensors
print([tuple(t.shape) for t in (a, b, c)], "| first column:", tuple(inputs[:, 0].shape))

crossed = tf.stack([a * b, b * c, a * c], axis=-1)
outputs = tf_keras.layers.Dense(1)(tf_keras.layers.Concatenate()([inputs, crossed]))
model = tf_keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
