# --8<-- [start:keras_ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def huber_ops(y_true, y_pred, delta=1.0):
    error = keras.ops.abs(y_true - y_pred)
    quadratic = 0.5 * keras.ops.square(error)
    linear = delta * (error - 0.5 * delta)
    return keras.ops.mean(keras.ops.where(error <= delta, quadratic, linear), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=huber_ops)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:keras_ops]

# --8<-- [start:tf_ops]
import tensorflow as tf

seen = set()


def huber_tf(y_true, y_pred, delta=1.0):
    seen.add(type(y_pred).__name__)  # what fit passes in: graph tensors
    error = tf.abs(y_true - y_pred)
    quadratic = 0.5 * tf.square(error)
    linear = delta * (error - 0.5 * delta)
    return tf.reduce_mean(tf.where(error <= delta, quadratic, linear), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=huber_tf)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("loss received:", seen)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:tf_ops]

# --8<-- [start:same_values]
y_true = np.array([[1.0], [2.0], [3.0]], "float32")
y_pred = np.array([[1.5], [0.0], [3.1]], "float32")
print("same values:", np.allclose(huber_ops(y_true, y_pred), huber_tf(y_true, y_pred)))
print("keras.ops returns:", type(huber_ops(y_true, y_pred)).__name__)  # a TensorFlow tensor here
print("convert_to_numpy gives:", type(keras.ops.convert_to_numpy(huber_ops(y_true, y_pred))).__name__)
# --8<-- [end:same_values]

# --8<-- [start:build_time_ops]
inputs = keras.Input(shape=(3,))
softened = keras.ops.softplus(inputs)  # recorded into the model
print(type(softened).__name__, softened.shape)
# --8<-- [end:build_time_ops]

# --8<-- [start:build_time_tf]
softened = tf.nn.softplus(inputs)
# --8<-- [end:build_time_tf]

# --8<-- [start:missing]
import keras
import numpy as np
import tensorflow as tf

missing = ["boolean_mask", "gather_nd", "band_part", "unsorted_segment_mean", "py_function", "numpy_function"]
print("in keras.ops:", {name: hasattr(keras.ops, name) for name in missing})

x = np.arange(12, dtype="float32").reshape(3, 4)
mask = x % 3 == 0
ids = np.array([1, 0, 1], "int32")
pairs = np.array([[0, 1], [2, 3]], "int32")
near = {
    # masked mean: where + sum over the count, instead of the dynamic shape of boolean_mask
    "boolean_mask -> where": (
        keras.ops.sum(keras.ops.where(mask, x, 0.0)) / keras.ops.sum(keras.ops.cast(mask, "float32")),
        tf.reduce_mean(tf.boolean_mask(x, mask)),
    ),
    "gather_nd -> take": (
        keras.ops.take(keras.ops.reshape(x, (-1,)), pairs[:, 0] * x.shape[1] + pairs[:, 1]),
        tf.gather_nd(x, pairs),
    ),
    "band_part -> tril": (keras.ops.tril(x), tf.linalg.band_part(x, -1, 0)),
    "unsorted_segment_mean -> segment_sum": (
        keras.ops.segment_sum(x, ids, num_segments=2)
        / keras.ops.segment_sum(np.ones((3, 1), "float32"), ids, num_segments=2),
        tf.math.unsorted_segment_mean(x, ids, num_segments=2),
    ),
}
for name, (ops_value, tf_value) in near.items():
    print(f"{name:37} same values: {np.allclose(keras.ops.convert_to_numpy(ops_value), tf_value.numpy())}")
# --8<-- [end:missing]
