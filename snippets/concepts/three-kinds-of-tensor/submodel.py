# --8<-- [start:keras3]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(8, 3).astype("float32")

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))

layer = model.get_layer("hidden")
probe = keras.Model(model.inputs, layer.output)  # from the model's inputs to the KerasTensor
values = probe.predict(x, verbose=0)  # its values for this data

kernel, bias = layer.get_weights()
print(type(layer.output).__name__, layer.output.shape, "->", type(values).__name__, values.shape)
print("values are relu(x @ kernel + bias):", np.allclose(values, np.maximum(x @ kernel + bias, 0), atol=1e-5))
# --8<-- [end:keras3]

# --8<-- [start:tf_keras]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(8, 3).astype("float32")

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(hidden))

layer = model.get_layer("hidden")
probe = tf.keras.Model(model.inputs, layer.output)  # from the model's inputs to the KerasTensor
values = probe.predict(x, verbose=0)  # its values for this data

kernel, bias = layer.get_weights()
print(type(layer.output).__name__, layer.output.shape, "->", type(values).__name__, values.shape)
print("values are relu(x @ kernel + bias):", np.allclose(values, np.maximum(x @ kernel + bias, 0), atol=1e-5))
# --8<-- [end:tf_keras]

# --8<-- [start:caveats_keras3]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(8, 3).astype("float32")

inputs = keras.Input(shape=(3,))
dropped = keras.layers.Dropout(0.5, name="drop")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(dropped))
probe = keras.Model(model.inputs, model.get_layer("drop").output)
print("predict (training=False) equals x:", np.allclose(probe.predict(x, verbose=0), x))
trained = keras.ops.convert_to_numpy(probe(x, training=True))  # what fit's forward pass computes
print("training=True zeroes some values:", bool((trained == 0).any()))

shared = keras.layers.Dense(2, name="shared")
a, b = keras.Input(shape=(3,)), keras.Input(shape=(3,))
out_a, out_b = shared(a), shared(b)  # one layer, called twice
print(
    "shared.output is the first call's:",
    shared.output is out_a,
    "| the second call's:",
    shared.output is out_b,
)
# --8<-- [end:caveats_keras3]

# --8<-- [start:caveats_tf_keras]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(8, 3).astype("float32")

inputs = tf.keras.Input(shape=(3,))
dropped = tf.keras.layers.Dropout(0.5, name="drop")(inputs)
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(dropped))
probe = tf.keras.Model(model.inputs, model.get_layer("drop").output)
print("predict (training=False) equals x:", np.allclose(probe.predict(x, verbose=0), x))
trained = probe(x, training=True).numpy()  # what fit's forward pass computes
print("training=True zeroes some values:", bool((trained == 0).any()))

shared = tf.keras.layers.Dense(2, name="shared")
a, b = tf.keras.Input(shape=(3,)), tf.keras.Input(shape=(3,))
out_a, out_b = shared(a), shared(b)  # one layer, called twice
print(
    "shared.output is the first call's:",
    shared.output is out_a,
    "| the second call's:",
    shared.output is out_b,
)
print("shared.get_output_at(1) is the second call's:", shared.get_output_at(1) is out_b)
# --8<-- [end:caveats_tf_keras]
