# --8<-- [start:direct]
import warnings

import keras
import numpy as np

logits = np.array([[100.0, 0.0, -100.0], [2.0, 1.0, 0.0]], "float32")
one_hot = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], "float32")  # row 0: confidently wrong
shifted = logits - logits.max(axis=-1, keepdims=True)
log_probabilities = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))  # NumPy log_softmax
print("true loss:", (-(one_hot * log_probabilities).sum(axis=-1)).round(2))

# What Dense(3, activation="softmax") returns: probabilities (Keras also attaches the logits)
probabilities = keras.activations.softmax(keras.ops.convert_to_tensor(logits))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for from_logits in (False, True):
        loss = keras.losses.categorical_crossentropy(one_hot, probabilities, from_logits=from_logits)
        print(f"softmax output, from_logits={from_logits}:", keras.ops.convert_to_numpy(loss).round(2))
for warning in caught:
    if "from_logits" in str(warning.message):  # Keras's warning, not NumPy's or the backend's
        print(f"{warning.category.__name__}: {warning.message}")
# --8<-- [end:direct]

# --8<-- [start:fit]
keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = np.argmax(x[:, :3], axis=1)  # 3 classes


def train(activation):
    keras.utils.set_random_seed(0)  # the same initial weights for both models
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, activation=activation)])
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.5), loss=loss)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        losses = model.fit(x, y, epochs=3, batch_size=16, shuffle=False, verbose=0).history["loss"]
    messages = {f"{w.category.__name__}: {w.message}" for w in caught if "from_logits" in str(w.message)}
    return np.array(losses), sorted(messages)


softmax_losses, softmax_warnings = train("softmax")  # the mistake: softmax layer, from_logits=True
logits_losses, _ = train(None)  # the fix: a logits layer, from_logits=True
decreased = softmax_losses[-1] < softmax_losses[0]
print("finite:", bool(np.isfinite(softmax_losses).all()), "| decreased:", decreased)
print("same losses as the logits model:", bool(np.allclose(softmax_losses, logits_losses)))
drop = softmax_losses[0] - softmax_losses[-1], logits_losses[0] - logits_losses[-1]
print("loss fell less than the logits model's:", bool(drop[0] < drop[1] - 1e-6))
print("warnings during fit:", len(softmax_warnings))
for message in softmax_warnings:
    print(message)
# --8<-- [end:fit]

# --8<-- [start:mixed]
import warnings

import keras
import numpy as np

crafted = np.array([[100.0, 0.0, -100.0]], "float32")  # true class 2: the true loss is 200
label = np.array([2])
for policy, last_dtype in [("float32", None), ("mixed_float16", None), ("mixed_float16", "float32")]:
    keras.config.set_dtype_policy(policy)
    inputs = keras.Input(shape=(3,))
    model = keras.Model(inputs, keras.layers.Activation("softmax", dtype=last_dtype)(inputs))
    model.compile(optimizer="sgd", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loss = model.evaluate(crafted, label, verbose=0)
    count = sum("from_logits" in str(w.message) for w in caught)
    print(f"{policy}, softmax layer dtype={last_dtype}: loss {loss:.2f} | from_logits warnings: {count}")
keras.config.set_dtype_policy("float32")  # back to the default for the rest of the page
# --8<-- [end:mixed]
