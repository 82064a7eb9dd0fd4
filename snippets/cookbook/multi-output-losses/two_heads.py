# --8<-- [start:train]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
targets = {
    "price": x.sum(axis=1, keepdims=True),  # regression head
    "category": (x[:, :1] > 0.5).astype("float32"),  # binary classification head
}

inputs = keras.Input(shape=(3,))
h = keras.layers.Dense(8, activation="relu")(inputs)
outputs = {
    "price": keras.layers.Dense(1, name="price")(h),
    "category": keras.layers.Dense(1, activation="sigmoid", name="category")(h),
}
model = keras.Model(inputs, outputs)


def absolute_error(y_true, y_pred):  # a custom loss for one head, a built-in for the other
    return keras.ops.mean(keras.ops.abs(y_true - y_pred), axis=-1)


model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.02),
    loss={"price": absolute_error, "category": "binary_crossentropy"},
    loss_weights={"price": 1.0, "category": 0.5},
)
history = model.fit(x, targets, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(sorted(history.history))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:train]

# --8<-- [start:total]
result = model.evaluate(x, targets, batch_size=64, verbose=0, return_dict=True)
weighted_sum = 1.0 * result["price_loss"] + 0.5 * result["category_loss"]
print("loss == 1.0 * price_loss + 0.5 * category_loss:", np.isclose(result["loss"], weighted_sum))
# --8<-- [end:total]

# --8<-- [start:wrong_key]
model.compile(optimizer="adam", loss={"prices": absolute_error, "category": "binary_crossentropy"})
print("compile accepted the key 'prices'")
model.fit(x, targets, epochs=1, verbose=0)
# --8<-- [end:wrong_key]
