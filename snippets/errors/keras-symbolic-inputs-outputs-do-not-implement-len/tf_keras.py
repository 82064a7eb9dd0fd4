# --8<-- [start:reproduce]
import tf_keras

inputs = tf_keras.Input(shape=(3,))
units = len(inputs)  # meant: the number of features
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf_keras.Input(shape=(3,))
units = inputs.shape[-1]  # the static shape: (None, 3), the batch size unknown
hidden = tf_keras.layers.Dense(units, activation="relu")(inputs)
model = tf_keras.Model(inputs, tf_keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("units:", units, type(units).__name__)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:truth_value]
import tf_keras


def block(x, mask=None):
    if mask:  # meant: was a mask given?
        x = x * mask
    return tf_keras.layers.Dense(1)(x)


inputs = tf_keras.Input(shape=(3,))
mask = tf_keras.Input(shape=(3,))
outputs = block(inputs, mask)
# --8<-- [end:truth_value]

# --8<-- [start:truth_value_fix]
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
m = (np.random.rand(64, 3) > 0.3).astype("float32")
y = (x * m).sum(axis=1, keepdims=True)


def block(x, mask=None):
    if mask is not None:  # a question about the argument, not about the tensor's values
        x = x * mask
    return tf_keras.layers.Dense(1)(x)


inputs = tf_keras.Input(shape=(3,))
mask = tf_keras.Input(shape=(3,))
model = tf_keras.Model([inputs, mask], block(inputs, mask))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit([x, m], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:truth_value_fix]
