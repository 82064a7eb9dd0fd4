# --8<-- [start:setup]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def report(history):
    """Print what the test suite checks: the loss is finite and went down."""
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])


# --8<-- [end:setup]


# --8<-- [start:sparse_ragged]
inputs = keras.Input(shape=(3,), sparse=True, ragged=True)
# --8<-- [end:sparse_ragged]

# --8<-- [start:sparse_fix]
import tensorflow as tf

inputs = keras.Input(shape=(3,), sparse=True)
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(tf.sparse.from_dense(x), y, epochs=3, batch_size=16, verbose=0)
print("sparse:", inputs.sparse, "| ragged:", inputs.ragged)
report(history)
# --8<-- [end:sparse_fix]


# --8<-- [start:immutable]
inputs = keras.Input(shape=(3,))
inputs.shape = (None, 3, 1)  # reshape in place, as with a NumPy array
# --8<-- [end:immutable]


# --8<-- [start:immutable_fix]
inputs = keras.Input(shape=(3,))
as_sequence = keras.ops.expand_dims(inputs, axis=-1)  # a new KerasTensor
half = keras.ops.cast(inputs, "float16")  # a new KerasTensor
print(inputs.shape, "->", as_sequence.shape, "|", inputs.dtype, "->", half.dtype)

features = keras.layers.Flatten()(keras.layers.Conv1D(4, 2)(as_sequence))
model = keras.Model(inputs, keras.layers.Dense(1)(features))
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:immutable_fix]

# --8<-- [start:immutable_dtype]
inputs = keras.Input(shape=(3,))
inputs.dtype = "float16"
# --8<-- [end:immutable_dtype]

# --8<-- [start:immutable_sparse]
inputs = keras.Input(shape=(3,))
inputs.sparse = True
# --8<-- [end:immutable_sparse]

# --8<-- [start:immutable_ragged]
inputs = keras.Input(shape=(3,))
inputs.ragged = True
# --8<-- [end:immutable_ragged]

# --8<-- [start:immutable_ragged_rank]
inputs = keras.Input(shape=(None,), ragged=True)
inputs.ragged_rank = 1
# --8<-- [end:immutable_ragged_rank]

# --8<-- [start:immutable_row_splits_dtype]
inputs = keras.Input(shape=(None,), ragged=True)
inputs.row_splits_dtype = "int32"
# --8<-- [end:immutable_row_splits_dtype]

# --8<-- [start:ragged_new_instance]
ragged = keras.KerasTensor(shape=(None, None), ragged=True, ragged_rank=1, row_splits_dtype="int32")
print(ragged.ragged, ragged.ragged_rank, ragged.row_splits_dtype)
# --8<-- [end:ragged_new_instance]


# --8<-- [start:no_value]
inputs = keras.Input(shape=(3,))
mean = float(keras.ops.mean(inputs))  # to center the inputs
# --8<-- [end:no_value]

# --8<-- [start:no_value_all]
conversions = [
    lambda: int(keras.ops.sum(inputs)),
    lambda: float(keras.ops.mean(inputs)),
    lambda: np.asarray(inputs),
]
for convert in conversions:
    try:
        convert()
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
# --8<-- [end:no_value_all]

# --8<-- [start:no_value_fix]
normalize = keras.layers.Normalization()
normalize.adapt(x)  # the mean and variance of the data, computed from the data

inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(normalize(inputs)))
model.compile(optimizer="adam", loss="mean_squared_error")
print("units from the static shape:", inputs.shape[-1], type(inputs.shape[-1]).__name__)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:no_value_fix]


# --8<-- [start:jax_op]
import jax.numpy as jnp

inputs = keras.Input(shape=(3,))
squared = jnp.square(inputs)
# --8<-- [end:jax_op]

# --8<-- [start:jax_convert]
squared = jnp.square(jnp.asarray(inputs))
# --8<-- [end:jax_convert]

# --8<-- [start:jax_fix]
inputs = keras.Input(shape=(3,))
squared = keras.ops.square(inputs)  # runs on every backend, JAX included
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
print(type(squared).__name__, squared.shape, "| backend:", keras.backend.backend())
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:jax_fix]


# --8<-- [start:tf_op]
import tensorflow as tf

inputs = keras.Input(shape=(3,))
squared = tf.square(inputs)
# --8<-- [end:tf_op]


# --8<-- [start:tf_fix]
received = []  # the type of each tensor `call` gets


class Square(keras.layers.Layer):
    def call(self, batch):
        received.append(type(batch).__name__)
        return tf.square(batch)  # a TensorFlow tensor here (a graph tensor while fit traces)


inputs = keras.Input(shape=(3,))
squared = Square()(inputs)
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
print(type(squared).__name__, squared.shape)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))  # 12 batches
print("call received:", sorted(set(received)), "| calls:", len(received))
# --8<-- [end:tf_fix]


# --8<-- [start:iterate]
inputs = keras.Input(shape=(3,))
a, b, c = inputs  # one tensor per feature
# --8<-- [end:iterate]

# --8<-- [start:iterate_fix]
inputs = keras.Input(shape=(3,))
a, b, c = keras.ops.unstack(inputs, num=3, axis=-1)  # a list of three KerasTensors
print([t.shape for t in (a, b, c)])

crossed = keras.ops.stack([a * b, b * c, a * c], axis=-1)
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, crossed]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:iterate_fix]


# --8<-- [start:boolean]
inputs = keras.Input(shape=(3,))
if keras.ops.mean(inputs) > 0.5:
    inputs = -inputs
# --8<-- [end:boolean]

# --8<-- [start:boolean_fix]
inputs = keras.Input(shape=(3,))
is_high = keras.ops.mean(inputs, axis=-1, keepdims=True) > 0.5  # one boolean per sample
flipped = keras.ops.where(is_high, -inputs, inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(flipped))
model.compile(optimizer="adam", loss="mean_squared_error")
print(is_high.dtype, is_high.shape)
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:boolean_fix]
