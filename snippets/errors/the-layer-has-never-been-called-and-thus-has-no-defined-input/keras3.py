# --8<-- [start:reproduce]
import keras
import numpy as np


class Regressor(keras.Model):  # a subclassed model: no keras.Input
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(8, activation="relu")
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        return self.head(self.hidden(inputs))


model = Regressor()
model(np.zeros((2, 3), "float32"))  # called on data: nothing symbolic is recorded
features = keras.Model(model.input, model.hidden.output)
# --8<-- [end:reproduce]

# --8<-- [start:output]
import keras

model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])  # no Input
print(model.output)
# --8<-- [end:output]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

features = keras.Model(model.input, model.get_layer("hidden").output)
print("features:", features.predict(x[:2], verbose=0).shape)
# --8<-- [end:fix]
