# --8<-- [start:sub_model]
import keras
import numpy as np

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))

# Keras 2: get_hidden = K.function([model.input], [model.get_layer("hidden").output])
get_hidden = keras.Model(model.inputs, model.get_layer("hidden").output)
x = np.random.rand(5, 3).astype("float32")
print("sub-model:", tuple(get_hidden(x).shape), "| predict:", get_hidden.predict(x, verbose=0).shape)
# --8<-- [end:sub_model]
