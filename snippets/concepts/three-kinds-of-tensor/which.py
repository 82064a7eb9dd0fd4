# --8<-- [start:which_tensor]
def which_tensor(t) -> str:
    """Name the kind of tensor `t` is, from its class alone: no optional library is imported."""
    module = type(t).__module__
    package = module.split(".")[0]
    names = {cls.__name__ for cls in type(t).__mro__}
    if "KerasTensor" in names:
        # Keras 3: keras.src.backend.common.keras_tensor; tf-keras: tf_keras.src.engine.keras_tensor
        return "KerasTensor (tf-keras)" if ".engine." in module else "KerasTensor (Keras 3)"
    if "Variable" in names or "KerasVariable" in names:
        return "variable (a weight)"
    if package == "tensorflow":
        if "EagerTensor" in names:
            return "EagerTensor"
        if "SymbolicTensor" in names:
            return "graph tensor"
    if package == "numpy":
        return "NumPy array" if "ndarray" in names else "NumPy scalar"
    if package in ("jax", "jaxlib"):
        return "JAX tracer" if "Tracer" in names else "JAX array"
    if package == "torch":
        return f"torch tensor on {t.device}"
    return "none of these"


def show(code: str, t) -> None:
    package = type(t).__module__.split(".")[0]
    print(f"{code:26} {which_tensor(t):22} {type(t).__qualname__} from {package}")


# --8<-- [end:which_tensor]

# --8<-- [start:on_tensorflow]
import keras
import numpy as np
import tensorflow as tf

show("keras.Input(shape=(3,))", keras.Input(shape=(3,)))
show("tf.constant([1.0])", tf.constant([1.0]))
show("keras.ops.ones(3)", keras.ops.ones(3))
show("np.ones(3)", np.ones(3))
show("np.float32(1.0)", np.float32(1.0))
show("keras.Variable(1.0)", keras.Variable(1.0))


@tf.function
def traced(t):
    show("t inside a tf.function", t)
    return t


traced(tf.constant([1.0]))
# --8<-- [end:on_tensorflow]

# --8<-- [start:in_fit]

# What `fit` passes to a loss:
keras.utils.set_random_seed(0)
seen = set()


def mse_that_looks(y_true, y_pred):
    seen.add(which_tensor(y_pred))
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=mse_that_looks)
model.fit(np.random.rand(32, 3), np.random.rand(32, 1), epochs=1, verbose=0)
print(f"{'y_pred in a loss, in fit':26} {', '.join(sorted(seen))}")
# --8<-- [end:in_fit]

# --8<-- [start:on_jax]
import jax
import jax.numpy as jnp
import keras
import numpy as np

show("keras.Input(shape=(3,))", keras.Input(shape=(3,)))
show("jnp.ones(3)", jnp.ones(3))
show("keras.ops.ones(3)", keras.ops.ones(3))
show("np.ones(3)", np.ones(3))


@jax.jit
def traced(t):
    show("t inside a jax.jit", t)
    return t


traced(jnp.ones(3))
# --8<-- [end:on_jax]

# --8<-- [start:on_torch]
import keras
import numpy as np
import torch

show("keras.Input(shape=(3,))", keras.Input(shape=(3,)))
show("torch.ones(3)", torch.ones(3))
show("keras.ops.ones(3)", keras.ops.ones(3))
show("np.ones(3)", np.ones(3))
# --8<-- [end:on_torch]

# --8<-- [start:on_tf_keras]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

show("tf.keras.Input(shape=(3,))", tf.keras.Input(shape=(3,)))
show("tf.constant([1.0])", tf.constant([1.0]))
show("np.ones(3)", np.ones(3))
show("tf.Variable(1.0)", tf.Variable(1.0))


@tf.function
def traced(t):
    show("t inside a tf.function", t)
    return t


traced(tf.constant([1.0]))
# --8<-- [end:on_tf_keras]

# --8<-- [start:in_fit_tf_keras]

# What `fit` passes to a loss:
tf.keras.utils.set_random_seed(0)
seen = set()


def mse_that_looks(y_true, y_pred):
    seen.add(which_tensor(y_pred))
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


model = tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=mse_that_looks)
model.fit(np.random.rand(32, 3), np.random.rand(32, 1), epochs=1, verbose=0)
print(f"{'y_pred in a loss, in fit':26} {', '.join(sorted(seen))}")

seen.clear()  # the same fit, run eagerly
model.compile(optimizer="sgd", loss=mse_that_looks, run_eagerly=True)
model.fit(np.random.rand(32, 3), np.random.rand(32, 1), epochs=1, verbose=0)
print(f"{'... with run_eagerly=True':26} {', '.join(sorted(seen))}")
# --8<-- [end:in_fit_tf_keras]
