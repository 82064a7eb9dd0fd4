# Runs with KERAS_BACKEND=jax.
# --8<-- [start:reproduce]
import jax.numpy as jnp
import keras

inputs = keras.Input(shape=(3,))
squared = jnp.square(jnp.asarray(inputs))  # a JAX array from a KerasTensor
# --8<-- [end:reproduce]

# --8<-- [start:abstractification]
import jax.numpy as jnp
import keras

inputs = keras.Input(shape=(3,))
squared = jnp.square(inputs)  # a JAX function on a KerasTensor
# --8<-- [end:abstractification]

# --8<-- [start:fix_ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
squared = keras.ops.square(inputs)  # the keras.ops twin of jnp.square: a new KerasTensor
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(squared).__name__, squared.shape, "| backend:", keras.backend.backend())
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix_ops]

# --8<-- [start:fix_layer]
import jax
import jax.numpy as jnp
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


class Square(keras.layers.Layer):
    def call(self, batch):
        return jnp.square(batch)  # a JAX array (a tracer while fit compiles its step)


inputs = keras.Input(shape=(3,))
squared = Square()(inputs)
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, squared]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(squared).__name__, squared.shape, "| backend:", keras.backend.backend())
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("a JAX array on data:", isinstance(Square()(x[:2]), jax.Array))
# --8<-- [end:fix_layer]
