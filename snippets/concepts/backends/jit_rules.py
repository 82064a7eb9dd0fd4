# --8<-- [start:auto_rule]
import inspect
import textwrap

from keras.src.trainers import trainer  # the installed Keras's own source

print(textwrap.dedent(inspect.getsource(trainer.Trainer._resolve_auto_jit_compile)).rstrip())
# --8<-- [end:auto_rule]

# --8<-- [start:supports_jit]
import warnings

import keras


def zoom_model():
    inputs = keras.Input(shape=(8, 8, 1))
    zoomed = keras.layers.RandomZoom(0.1)(inputs)
    return keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Flatten()(zoomed)))


model = zoom_model()
no_jit = [type(layer).__name__ for layer in model.layers if not layer.supports_jit]
print("layers with supports_jit=False:", no_jit)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.compile(optimizer="sgd", loss="mse")
    print('"auto" ->', model.jit_compile)
    model.compile(optimizer="sgd", loss="mse", jit_compile=True)
    print("jit_compile=True ->", model.jit_compile)
for warning in caught:
    if "jit_compile" in str(warning.message):
        print(f"{warning.category.__name__}: {warning.message}")
# --8<-- [end:supports_jit]
